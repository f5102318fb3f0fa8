package dev.polychron.ingest.rest;

/** The JSON body of an upload; every field but {@code text} is optional. */
public record UploadRequest(String text, String title, String url, String language, String publishedAt) {
}
