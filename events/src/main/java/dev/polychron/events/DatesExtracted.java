package dev.polychron.events;

import java.time.Instant;
import java.util.List;

/**
 * The date mentions and event candidates nlp-service found in one document, on {@link Topics#NLP_DATES}, with the
 * SimHash of the document's body (references and cruft left out) so that near-duplicate documents can be told.
 */
public record DatesExtracted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String documentId,
        String language,
        List<DateMention> mentions,
        List<EventCandidate> candidates,
        Long bodyFingerprint) implements Payload {

    /** Version 2 added {@code bodyFingerprint}. */
    public static final int SCHEMA_VERSION = 2;

    public DatesExtracted {
        mentions = List.copyOf(mentions);
        candidates = List.copyOf(candidates);
    }

    /** A payload without a fingerprint, as version 1 producers sent it. */
    public DatesExtracted(String eventId, Instant occurredAt, int schemaVersion, String documentId, String language,
                          List<DateMention> mentions, List<EventCandidate> candidates) {
        this(eventId, occurredAt, schemaVersion, documentId, language, mentions, candidates, null);
    }
}
