package dev.polychron.events;

import java.util.List;

/** A body sentence that carries a date: the raw material of a timeline event. */
public record EventCandidate(
        int sentenceStart,
        int sentenceEnd,
        String sentence,
        DateMention date,
        List<String> entityIds) {

    public EventCandidate {
        entityIds = List.copyOf(entityIds);
    }
}
