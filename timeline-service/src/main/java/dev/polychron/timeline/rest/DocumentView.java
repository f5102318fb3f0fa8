package dev.polychron.timeline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A document as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(
        String id,
        String status,
        String reason,
        String language,
        String title,
        String url,
        OffsetDateTime publishedAt,
        Instant receivedAt,
        Instant analyzedAt,
        Instant indexedAt,
        String duplicateOf,
        Counts counts,
        String text) {

    /** How much was found in the document. */
    public record Counts(long entities, long dates, long events) {
    }
}
