package dev.polychron.ingest.service;

import java.time.OffsetDateTime;

/** A validated upload: the document text and what the uploader said about it. */
public record DocumentUpload(String text, String title, String url, String language, OffsetDateTime publishedAt) {
}
