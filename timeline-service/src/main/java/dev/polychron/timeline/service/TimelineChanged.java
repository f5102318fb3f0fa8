package dev.polychron.timeline.service;

/** Fired when a transaction records timeline changes in the outbox: once it commits, they wait to be published. */
public record TimelineChanged() {
}
