package dev.polychron.events;

import java.time.Instant;

/**
 * A change to one timeline event, published on {@link Topics#TIMELINE_EVENTS} keyed by the event id.
 * {@code sequence} is the global, increasing order of all changes; {@code event} is null when deleted.
 */
public record TimelineUpdated(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        long sequence,
        Change change,
        String timelineEventId,
        TimelineEvent event) implements Payload {

    /** 2: an event's {@code languages} and {@code sourceCount}, and only the sources the change brought. */
    public static final int SCHEMA_VERSION = 2;

    /** What happened to the event. */
    public enum Change {
        CREATED, UPDATED, DELETED
    }
}
