package dev.polychron.gateway.rest;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.service.TimelineStream;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

@QuarkusTest
class StreamResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @InjectMock
    @RestClient
    TimelineClient timeline;

    @Inject
    TimelineStream stream;

    @TestHTTPResource("/api/stream/events")
    URL streamUrl;

    @Test
    void shouldDeliverChangesInOrderAndResumeAfterLastEventIdWithoutRepeats() throws Exception {
        when(timeline.changes(anyLong(), anyInt())).thenReturn(Response.ok("{\"changes\":[]}".getBytes(StandardCharsets.UTF_8)).build());
        long base = System.nanoTime() % 1_000_000 * 1000;
        CompletableFuture<List<String>> firstTwo = readIds(null, 2);
        awaitSubscribed();
        connector.source("timeline-events").send(deleted(base + 1));
        connector.source("timeline-events").send(deleted(base + 2));
        assertThat(firstTwo.get(10, TimeUnit.SECONDS)).containsExactly(Long.toString(base + 1),
                Long.toString(base + 2));

        connector.source("timeline-events").send(deleted(base + 3));
        List<String> resumed = readIds(Long.toString(base + 1), 2).get(10, TimeUnit.SECONDS);

        assertThat(resumed).containsExactly(Long.toString(base + 2), Long.toString(base + 3));
    }

    private void awaitSubscribed() {
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.subscriberCount() > 0);
    }

    private static TimelineUpdated deleted(long sequence) {
        return new TimelineUpdated("t-" + sequence, Instant.now(), 1, sequence, TimelineUpdated.Change.DELETED,
                "event-" + sequence, null);
    }

    private CompletableFuture<List<String>> readIds(String lastEventId, int count) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl.toString()))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    List<String> ids = new ArrayList<>();
                    try (var reader = new BufferedReader(new InputStreamReader(response.body(),
                            StandardCharsets.UTF_8))) {
                        String line;
                        while (ids.size() < count && (line = reader.readLine()) != null) {
                            if (line.startsWith("id:")) {
                                ids.add(line.substring(3).strip());
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return ids;
                });
    }
}
