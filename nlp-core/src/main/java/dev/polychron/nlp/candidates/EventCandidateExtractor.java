package dev.polychron.nlp.candidates;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;
import dev.polychron.nlp.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns every body sentence that carries a date into an event candidate with the entities of that sentence. */
public final class EventCandidateExtractor {

    public List<EventCandidate> extract(String text, List<Span> sentences, List<DateMention> dates,
                                        List<EntityMention> entities) {
        List<EventCandidate> candidates = new ArrayList<>();
        for (Span sentence : sentences) {
            dates.stream()
                    .filter(d -> !d.inReferences() && sentence.contains(new Span(d.start(), d.end())))
                    .min(Comparator.comparing(DateMention::granularity).thenComparingInt(DateMention::start))
                    .ifPresent(date -> candidates.add(new EventCandidate(sentence.start(), sentence.end(),
                            sentence.of(text), date, entityIds(sentence, entities))));
        }
        return candidates;
    }

    private static List<String> entityIds(Span sentence, List<EntityMention> entities) {
        return entities.stream()
                .filter(e -> sentence.contains(new Span(e.start(), e.end())))
                .map(EntityMention::entityId)
                .distinct()
                .sorted()
                .toList();
    }
}
