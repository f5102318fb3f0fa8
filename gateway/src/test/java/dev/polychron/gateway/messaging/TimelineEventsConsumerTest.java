package dev.polychron.gateway.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.service.TimelineStream;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class TimelineEventsConsumerTest {

    @Test
    void shouldPassThePollOnAndTimeEachChangeFromItsRelayStamp() {
        TimelineStream stream = mock(TimelineStream.class);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        List<TimelineUpdated> poll = List.of(deleted(1, Instant.now().minusSeconds(3)),
                deleted(2, Instant.now().minusSeconds(1)));

        new TimelineEventsConsumer(stream, metrics).consume(poll);

        verify(stream).publish(poll);
        Timer delay = metrics.get("polychron.stream.arrival.delay").timer();
        assertThat(delay.count()).isEqualTo(2);
        assertThat(delay.max(TimeUnit.MILLISECONDS)).isBetween(3000.0, 4000.0);
        assertThat(delay.totalTime(TimeUnit.MILLISECONDS)).isBetween(4000.0, 5000.0);
    }

    private static TimelineUpdated deleted(long sequence, Instant occurredAt) {
        return new TimelineUpdated("t-" + sequence, occurredAt, TimelineUpdated.SCHEMA_VERSION, sequence,
                TimelineUpdated.Change.DELETED, "event-" + sequence, null);
    }
}
