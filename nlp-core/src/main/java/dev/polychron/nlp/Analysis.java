package dev.polychron.nlp;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;

import java.util.List;

/** Everything nlp-core found in one text; all offsets index that text; the fingerprint is the body's SimHash. */
public record Analysis(
        String language,
        List<EntityMention> entities,
        List<DateMention> dates,
        List<EventCandidate> candidates,
        long bodyFingerprint) {

    public Analysis {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        candidates = List.copyOf(candidates);
    }
}
