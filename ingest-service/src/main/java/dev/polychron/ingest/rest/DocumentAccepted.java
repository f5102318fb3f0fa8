package dev.polychron.ingest.rest;

/** The answer to an accepted upload. */
public record DocumentAccepted(String id, String status) {
}
