package dev.polychron.gateway.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.service.TimelineStream;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Feeds every timeline change of the broker to this gateway's stream subscribers, a poll's records at a time: one
 * indexed batch (hundreds of changes) then goes out as one write per subscriber. One record at a time, each change
 * was a round of a thousand writes, and the next record waited behind them on the event loop (seconds, with 1,000
 * subscribers). How long each change took to get here from the outbox relay is a histogram
 * ({@code polychron_stream_arrival_delay_seconds}): with the subscribers' own delay it tells the broker's part of a
 * late change from the fan-out's.
 */
@ApplicationScoped
public class TimelineEventsConsumer {

    private final TimelineStream stream;
    private final Timer arrivalDelay;

    public TimelineEventsConsumer(TimelineStream stream, MeterRegistry metrics) {
        this.stream = stream;
        this.arrivalDelay = Timer.builder("polychron.stream.arrival.delay")
                .description("From a timeline change's occurredAt, stamped by the outbox relay, to its arrival here")
                .publishPercentileHistogram()
                .register(metrics);
    }

    @Incoming("timeline-events")
    public void consume(List<TimelineUpdated> changes) {
        Instant now = Instant.now();
        stream.publish(changes);
        changes.stream().filter(change -> change.occurredAt() != null)
                .forEach(change -> arrivalDelay.record(Duration.between(change.occurredAt(), now)));
    }
}
