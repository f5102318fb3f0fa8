package dev.polychron.events.serde;

import dev.polychron.events.TimelineUpdated;

/** Kafka deserializer of {@link TimelineUpdated}. */
public class TimelineUpdatedDeserializer extends JsonDeserializer<TimelineUpdated> {

    public TimelineUpdatedDeserializer() {
        super(TimelineUpdated.class);
    }
}
