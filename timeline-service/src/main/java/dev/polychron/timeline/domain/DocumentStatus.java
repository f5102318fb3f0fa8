package dev.polychron.timeline.domain;

/** Where a document is on its way into the timeline. */
public enum DocumentStatus {
    RECEIVED, ANALYZED, INDEXED, FAILED
}
