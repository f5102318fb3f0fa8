package dev.polychron.events;

import java.time.Instant;

/** What every Kafka payload carries: a unique id for idempotent consumers, a timestamp and a schema version. */
public interface Payload {

    String eventId();

    Instant occurredAt();

    int schemaVersion();
}
