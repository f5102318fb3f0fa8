package dev.polychron.timeline.service;

/** Fired when a transaction stores the last half of a document's analysis: the document waits to be indexed. */
public record DocumentAnalysed(String documentId) {
}
