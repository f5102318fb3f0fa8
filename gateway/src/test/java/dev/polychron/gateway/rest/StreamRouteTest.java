package dev.polychron.gateway.rest;

import dev.polychron.events.EventDate;
import dev.polychron.events.Granularity;
import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.client.TimelineClient;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

@QuarkusTest
class StreamRouteTest {

    /** The stream's sequence only grows, as timeline-service's does, across the tests sharing this application. */
    private static final AtomicLong SEQUENCES = new AtomicLong(1000);

    @Inject
    @Any
    InMemoryConnector connector;

    @InjectMock
    @RestClient
    TimelineClient timeline;

    @Inject
    MeterRegistry metrics;

    @TestHTTPResource("/api/stream/events")
    URL streamUrl;

    @Test
    void shouldDeliverChangesInOrderAndResumeAfterLastEventIdWithoutRepeats() throws Exception {
        when(timeline.changes(anyLong(), anyInt())).thenReturn(Response.ok("{\"changes\":[]}".getBytes(StandardCharsets.UTF_8)).build());
        long base = SEQUENCES.getAndAdd(1000);
        long before = subscriptionsStarted();
        CompletableFuture<List<String>> firstTwo = readIds(null, 2);
        awaitSubscriptions(before + 1);
        connector.source("timeline-events").send(List.of(deleted(base + 1)));
        connector.source("timeline-events").send(List.of(deleted(base + 2)));
        assertThat(firstTwo.get(10, TimeUnit.SECONDS)).containsExactly(Long.toString(base + 1),
                Long.toString(base + 2));

        connector.source("timeline-events").send(List.of(deleted(base + 3)));
        List<String> resumed = readIds(Long.toString(base + 1), 2).get(10, TimeUnit.SECONDS);

        assertThat(resumed).containsExactly(Long.toString(base + 2), Long.toString(base + 3));
    }

    @Test
    void shouldAnswerAProblemForALastEventIdThatIsNoSequence() {
        given().header("Last-Event-ID", "yesterday").get("/api/stream/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Last-Event-ID"));
    }

    @Test
    void shouldAnswerAProblemForAMalformedLanguage() {
        given().queryParam("language", "not a tag!").get("/api/stream/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCountSubscriptionsInItsMetrics() throws Exception {
        long base = SEQUENCES.getAndAdd(1000);
        long before = subscriptionsStarted();
        CompletableFuture<List<String>> reader = readIds(null, 1);
        awaitSubscriptions(before + 1);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern("(?m)^polychron_stream_subscriptions_total\\S* " + (before + 1) + "\\.0$")
                .containsPattern("(?m)^polychron_stream_subscribers\\S* [1-9]");
        connector.source("timeline-events").send(List.of(deleted(base + 1)));
        assertThat(reader.get(10, TimeUnit.SECONDS)).containsExactly(Long.toString(base + 1));
    }

    @Test
    void shouldBeDescribedInTheOpenApiDocumentBesideTheResources() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/stream/events'.get.summary", containsString("Server-Sent Events"))
                .body("paths.'/api/timeline'", notNullValue());
    }

    @Test
    void shouldReplayMoreThanTheBacklogLimitToAResumingSubscriberThatReadsIt() throws Exception {
        long base = SEQUENCES.getAndAdd(1000);
        int changes = 30;
        String sentence = "y".repeat(100_000);
        long before = subscriptionsStarted();
        CompletableFuture<List<String>> live = readIds(null, changes);
        awaitSubscriptions(before + 1);
        for (int i = 1; i <= changes; i++) {
            connector.source("timeline-events").send(List.of(updated(base + i, sentence)));
        }
        // all of them held before the resuming subscriber comes: the fan-out thread publishes on its own, and changes
        // arriving live behind a replay still being written would be lag
        live.get(30, TimeUnit.SECONDS);

        // 3 MB of missed changes against the test's 1 MB limit: the replay is not lag
        List<String> resumed = readIds(Long.toString(base), changes).get(30, TimeUnit.SECONDS);

        assertThat(resumed).hasSize(changes).first().isEqualTo(Long.toString(base + 1));
    }

    @Test
    void shouldDisconnectASubscriberThatFallsTooFarBehindWhileOthersGetEveryChange() throws Exception {
        when(timeline.changes(anyLong(), anyInt())).thenReturn(Response.ok("{\"changes\":[]}".getBytes(StandardCharsets.UTF_8)).build());
        long base = SEQUENCES.getAndAdd(1000);
        int changes = 200;
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(streamUrl.getHost(), streamUrl.getPort()));
            long before = subscriptionsStarted();
            stalled.getOutputStream().write(("GET /api/stream/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            awaitSubscriptions(before + 1);
            List<String> received = new CopyOnWriteArrayList<>();
            CompletableFuture<List<String>> reader = readIds(null, changes, received);
            awaitSubscriptions(before + 2);

            // 200 changes of ~100 KB, 20 MB: far more than the socket buffers and the test's 1 MB backlog limit;
            // each is sent once the reading subscriber has the one before, as a live client keeps up
            String sentence = "x".repeat(100_000);
            for (int i = 1; i <= changes; i++) {
                connector.source("timeline-events").send(List.of(updated(base + i, sentence)));
                int sent = i;
                await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> received.size() >= sent);
            }

            assertThat(reader.get(30, TimeUnit.SECONDS)).hasSize(changes).last().isEqualTo(Long.toString(base + changes));
            stalled.setSoTimeout(10_000);
            byte[] stalledGot = stalled.getInputStream().readAllBytes();
            assertThat(stalledGot.length).as("the stalled connection ends, after less than was sent")
                    .isPositive().isLessThan(changes * sentence.length());
        }
    }

    /**
     * Counts started subscriptions, not connected subscribers: another test's reader that closed its end may still
     * be connected when the test begins and leave while it waits, and a count of the connected would then not grow.
     */
    private long subscriptionsStarted() {
        return (long) metrics.get("polychron.stream.subscriptions").functionCounter().count();
    }

    private void awaitSubscriptions(long count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptionsStarted() >= count);
    }

    private static TimelineUpdated updated(long sequence, String sentence) {
        TimelineEvent event = new TimelineEvent("event-" + sequence,
                EventDate.of("2031-03-09", Granularity.DAY, null, null), "summary", List.of(), List.of("en"), 1,
                List.of(new TimelineEvent.EventSource("doc-" + sequence, "Title", "en", sentence, 0,
                        sentence.length(), new TimelineEvent.Mentions(List.of(), List.of()))));
        return new TimelineUpdated("t-" + sequence, Instant.now(), 1, sequence, TimelineUpdated.Change.UPDATED,
                event.id(), event);
    }


    private static TimelineUpdated deleted(long sequence) {
        return new TimelineUpdated("t-" + sequence, Instant.now(), 1, sequence, TimelineUpdated.Change.DELETED,
                "event-" + sequence, null);
    }

    private CompletableFuture<List<String>> readIds(String lastEventId, int count) {
        return readIds(lastEventId, count, new ArrayList<>());
    }

    /** Reads {@code count} event ids into {@code ids} as they arrive. */
    private CompletableFuture<List<String>> readIds(String lastEventId, int count, List<String> ids) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl.toString()))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // the JDK client's default: it asks for a cleartext upgrade to HTTP/2, which the gateway declines
        return HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
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
