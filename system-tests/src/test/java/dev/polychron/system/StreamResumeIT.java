package dev.polychron.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A subscriber that drops off mid-stream and comes back with Last-Event-ID gets what it missed, nothing twice. */
@ExtendWith(SharedSystem.class)
class StreamResumeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SystemUnderTest system;

    @BeforeAll
    static void useSystem(SystemUnderTest shared) {
        system = shared;
    }

    @Test
    void shouldReplayEverythingMissedAndNothingTwiceWhenSubscriberReconnectsWithLastEventId() throws Exception {
        URI streamUri = URI.create(system.gatewayUrl() + "/api/stream/events");
        String lastSeen;
        List<SseRecorder.Received> before;
        try (SseRecorder first = SseRecorder.open(streamUri, null)) {
            await().atMost(Duration.ofSeconds(10)).until(first::connected);
            String seen = upload("On 3 May 1937 the Zorvanian parliament met in Keldra for the first time.");
            await().atMost(Duration.ofSeconds(30)).until(() -> timelineEventIds(first.events()).containsAll(
                    eventIdsOf(seen)));
            before = first.events();
            lastSeen = before.get(before.size() - 1).id();
        }

        String missedA = upload("On 9 June 1938 the Zorvanian parliament moved from Keldra to Osterra.");
        String missedB = upload("On 14 July 1939 Osterra and Keldra signed the Zorvanian river treaty.");
        Set<String> missed = new TreeSet<>(eventIdsOf(missedA));
        missed.addAll(eventIdsOf(missedB));
        assertThat(missed).isNotEmpty();

        try (SseRecorder resumed = SseRecorder.open(streamUri, lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> timelineEventIds(resumed.events()).containsAll(missed));
            List<Long> sequences = resumed.events().stream().map(e -> Long.parseLong(e.id())).toList();
            assertThat(sequences).as("sequences after " + lastSeen).allSatisfy(s ->
                    assertThat(s).isGreaterThan(Long.parseLong(lastSeen)));
            assertThat(sequences).as("in order, none twice").isSorted().doesNotHaveDuplicates();
            Set<String> beforeIds = new TreeSet<>(before.stream().map(SseRecorder.Received::id).toList());
            assertThat(resumed.events()).noneMatch(e -> beforeIds.contains(e.id()));
        }
    }

    /** Uploads a text nobody uploaded before and waits until it is indexed; answers the document id. */
    private static String upload(String sentence) {
        String text = sentence + " Reference " + UUID.randomUUID() + ".";
        String id = system.writer().contentType(ContentType.JSON).body(Map.of("text", text, "language", "en"))
                .post("/api/documents").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                system.api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo("INDEXED")));
        return id;
    }

    /** The timeline events that cite the document. */
    private static Set<String> eventIdsOf(String documentId) {
        List<Map<String, Object>> events = system.api().queryParam("limit", 1000).get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("events");
        Set<String> ids = new TreeSet<>();
        for (var event : events) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sources = (List<Map<String, Object>>) event.get("sources");
            if (sources.stream().anyMatch(s -> documentId.equals(s.get("documentId")))) {
                ids.add((String) event.get("id"));
            }
        }
        return ids;
    }

    private static Set<String> timelineEventIds(List<SseRecorder.Received> received) {
        Set<String> ids = new TreeSet<>();
        for (SseRecorder.Received event : received) {
            try {
                JsonNode change = JSON.readTree(event.data());
                ids.add(change.path("timelineEventId").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }
}
