package dev.polychron.gateway.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.service.TimelineStream;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Feeds every timeline change of the broker to this gateway's stream subscribers, a poll's records at a time: one
 * indexed batch (hundreds of changes) then goes out as one write per subscriber. One record at a time, each change
 * was a round of a thousand writes, and the next record waited behind them on the event loop (seconds, with 1,000
 * subscribers).
 */
@ApplicationScoped
public class TimelineEventsConsumer {

    private final TimelineStream stream;

    public TimelineEventsConsumer(TimelineStream stream) {
        this.stream = stream;
    }

    @Incoming("timeline-events")
    public void consume(List<TimelineUpdated> changes) {
        stream.publish(changes);
    }
}
