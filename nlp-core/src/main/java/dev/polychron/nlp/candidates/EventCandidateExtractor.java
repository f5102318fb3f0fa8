package dev.polychron.nlp.candidates;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;
import dev.polychron.nlp.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns every body sentence that carries a date into event candidates with the entities of that sentence. A
 * sentence whose clauses each carry their own, different date ("On 26 June 1963 Kennedy spoke in Berlin, and on
 * 12 June 1987 Reagan stood at the Brandenburg Gate") tells several happenings: each clause gives a candidate with
 * its date and its entities, citing the whole sentence. Sentences, dates and entities come in text order, so one
 * pass over the three lists does it.
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
            List<DateMention> sentenceDates = new ArrayList<>();
            for (; d < dates.size() && dates.get(d).end() <= sentence.end(); d++) {
                if (!dates.get(d).inReferences()) {
                    sentenceDates.add(dates.get(d));
                }
            }
            while (e < entities.size() && entities.get(e).start() < sentence.start()) {
                e++;
            }
            int firstEntity = e;
            while (e < entities.size() && entities.get(e).end() <= sentence.end()) {
                e++;
            }
            if (sentenceDates.isEmpty()) {
                continue;
            }
            for (Span clause : Clauses.ofDates(text, sentence, sentenceDates)) {
                candidates.add(new EventCandidate(sentence.start(), sentence.end(), sentence.of(text),
                        finest(clause, sentenceDates), entityIds(clause, entities.subList(firstEntity, e))));
            }
        }
        return candidates;
    }

    /** The finest date of the clause: "1 April 2014" rather than "2014". */
    private static DateMention finest(Span clause, List<DateMention> dates) {
        DateMention best = null;
        for (DateMention date : dates) {
            if (clause.contains(new Span(date.start(), date.end()))
                    && (best == null || date.granularity().compareTo(best.granularity()) < 0)) {
                best = date;
            }
        }
        return best;
    }

    private static List<String> entityIds(Span clause, List<EntityMention> entities) {
        TreeSet<String> ids = new TreeSet<>();
        entities.stream().filter(m -> clause.contains(new Span(m.start(), m.end())))
                .forEach(m -> ids.add(m.entityId()));
        return List.copyOf(ids);
    }
}
