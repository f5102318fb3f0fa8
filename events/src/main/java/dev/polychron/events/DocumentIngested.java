package dev.polychron.events;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A document accepted by ingest-service, published on {@link Topics#DOCUMENTS_RAW} keyed by its id. */
public record DocumentIngested(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String documentId,
        String sha256,
        String title,
        String url,
        String languageHint,
        OffsetDateTime publishedAt,
        Instant receivedAt,
        String text) implements Payload {

    public static final int SCHEMA_VERSION = 1;
}
