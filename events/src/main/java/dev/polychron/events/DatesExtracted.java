package dev.polychron.events;

import java.time.Instant;
import java.util.List;

/** The date mentions and event candidates nlp-service found in one document, on {@link Topics#NLP_DATES}. */
public record DatesExtracted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String documentId,
        String language,
        List<DateMention> mentions,
        List<EventCandidate> candidates) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public DatesExtracted {
        mentions = List.copyOf(mentions);
        candidates = List.copyOf(candidates);
    }
}
