package dev.polychron.gateway.rest;

import dev.polychron.events.EventDate;
import dev.polychron.events.Granularity;
import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.service.StreamedChange;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StreamConnectionTest {

    private static final long LIMIT = 1_000_000;
    private static final String SENTENCE = "z".repeat(100_000);

    private final HttpServerResponse response = mock(HttpServerResponse.class);
    private final StreamConnection connection = new StreamConnection(response, LIMIT);

    @Test
    void shouldWriteTheWholeFirstOfferEvenToAConnectionNotYetWritable() {
        when(response.writeQueueFull()).thenReturn(true);

        connection.accept(changes(1, 30));

        ArgumentCaptor<Buffer> written = ArgumentCaptor.forClass(Buffer.class);
        verify(response).write(written.capture());
        assertThat(written.getValue().length()).isGreaterThan(30 * SENTENCE.length());
        verify(response, never()).close();
    }

    @Test
    void shouldCloseAConnectionThatFallsMoreThanTheLimitBehindAfterItsFirstOffer() {
        connection.accept(changes(1, 1));
        when(response.writeQueueFull()).thenReturn(true);

        connection.accept(changes(2, 6));
        verify(response, never()).close();
        connection.accept(changes(7, 12));

        verify(response).close();
        verify(response, times(1)).write(any(Buffer.class));
    }

    @Test
    void shouldHoldALiveRoundToTheLimitAfterAnEmptyCatchUp() {
        connection.accept(List.of());
        when(response.writeQueueFull()).thenReturn(true);

        connection.accept(changes(1, 12));

        verify(response).close();
        verify(response, never()).write(any(Buffer.class));
    }

    private static List<StreamedChange> changes(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(StreamConnectionTest::change).toList();
    }

    private static StreamedChange change(long sequence) {
        TimelineEvent event = new TimelineEvent("event-" + sequence,
                EventDate.of("2031-03-09", Granularity.DAY, null, null), "summary", List.of(), List.of("en"), 1,
                List.of(new TimelineEvent.EventSource("doc-" + sequence, "Title", "en", SENTENCE, 0,
                        SENTENCE.length(), new TimelineEvent.Mentions(List.of(), List.of()))));
        return StreamedChange.of(new TimelineUpdated("t-" + sequence, Instant.now(), 1, sequence,
                TimelineUpdated.Change.UPDATED, event.id(), event));
    }
}
