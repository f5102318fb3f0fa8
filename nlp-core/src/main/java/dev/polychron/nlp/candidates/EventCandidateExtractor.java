package dev.polychron.nlp.candidates;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;
import dev.polychron.nlp.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns every body sentence that carries a date into an event candidate with the entities of that sentence.
 * Sentences, dates and entities come in text order, so one pass over the three lists does it.
 */
public final class EventCandidateExtractor {

    public List<EventCandidate> extract(String text, List<Span> sentences, List<DateMention> dates,
                                        List<EntityMention> entities) {
        List<EventCandidate> candidates = new ArrayList<>();
        int d = 0;
        int e = 0;
        for (Span sentence : sentences) {
            while (d < dates.size() && dates.get(d).start() < sentence.start()) {
                d++;
            }
            DateMention best = null;
            for (; d < dates.size() && dates.get(d).end() <= sentence.end(); d++) {
                DateMention date = dates.get(d);
                if (!date.inReferences() && (best == null || date.granularity().compareTo(best.granularity()) < 0)) {
                    best = date;
                }
            }
            while (e < entities.size() && entities.get(e).start() < sentence.start()) {
                e++;
            }
            TreeSet<String> entityIds = new TreeSet<>();
            for (int i = e; i < entities.size() && entities.get(i).end() <= sentence.end(); i++) {
                entityIds.add(entities.get(i).entityId());
            }
            if (best != null) {
                candidates.add(new EventCandidate(sentence.start(), sentence.end(), sentence.of(text), best,
                        List.copyOf(entityIds)));
            }
        }
        return candidates;
    }
}
