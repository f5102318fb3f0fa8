package dev.polychron.gateway.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.service.TimelineStream;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds every timeline change of the broker to this gateway's stream subscribers. */
@ApplicationScoped
public class TimelineEventsConsumer {

    private final TimelineStream stream;

    public TimelineEventsConsumer(TimelineStream stream) {
        this.stream = stream;
    }

    @Incoming("timeline-events")
    public void consume(TimelineUpdated change) {
        stream.publish(change);
    }
}
