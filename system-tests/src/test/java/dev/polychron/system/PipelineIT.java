package dev.polychron.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The pipeline end to end, only through the gateway's public API, on real Kafka and PostgreSQL. */
@ExtendWith(SharedSystem.class)
class PipelineIT {

    private static final Duration INDEXING = Duration.ofSeconds(60);
    private static SystemUnderTest system;

    @BeforeAll
    static void useSystem(SystemUnderTest shared) {
        system = shared;
    }

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    private static RequestSpecification writer() {
        return api().header("X-API-Key", system.apiKey());
    }

    /** An article nobody uploaded before, so tests do not depend on each other. */
    private static String article(String topic) {
        return "Polychron system test " + UUID.randomUUID() + ".\n"
                + "On 1 April 2014, NATO suspended all practical cooperation with Russia over " + topic + ".\n"
                + "Russia had joined the Partnership for Peace in 1994.";
    }

    private static void awaitIndexed(String id) {
        await().atMost(INDEXING).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo("INDEXED")));
    }

    @Test
    void shouldIndexUploadedArticleAndAnnotateItWithExactOffsets() {
        String text = article("Crimea");
        String id = writer().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "System test", "language", "en"))
                .post("/api/documents")
                .then().statusCode(202).body("status", equalTo("RECEIVED"))
                .extract().path("id");
        api().get("/api/documents/" + id).then().statusCode(200).body("id", equalTo(id));

        awaitIndexed(id);

        JsonPath annotations = api().get("/api/documents/" + id + "/annotations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(annotations.getString("language")).isEqualTo("en");
        List<Map<String, Object>> dates = annotations.getList("dates");
        assertThat(dates).extracting(d -> d.get("value")).contains("2014-04-01", "1994");
        List<Map<String, Object>> entities = annotations.getList("entities");
        assertThat(entities).extracting(e -> e.get("entityId")).contains("loc-ru");
        Stream.concat(dates.stream(), entities.stream()).forEach(mention ->
                assertThat(text.substring((Integer) mention.get("start"), (Integer) mention.get("end")))
                        .isEqualTo(mention.get("text")));
    }

    @Test
    void shouldShowArticleEventsOnTimelineAndStreamThemLive() throws Exception {
        String text = article("the annexation");
        try (SseRecorder stream = SseRecorder.open(URI.create(system.gatewayUrl() + "/api/stream/events"), null)) {
            await().atMost(Duration.ofSeconds(10)).until(stream::connected);
            String id = writer().contentType(ContentType.JSON).body(Map.of("text", text, "language", "en"))
                    .post("/api/documents").then().statusCode(202).extract().path("id");
            awaitIndexed(id);

            List<Map<String, Object>> events = api().queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                    .queryParam("limit", 1000).get("/api/timeline")
                    .then().statusCode(200).extract().jsonPath().getList("events");
            assertThat(events).anySatisfy(event -> assertThat(sourceDocuments(event)).contains(id));

            await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().stream()
                    .anyMatch(e -> e.data().contains(id)));
            assertThat(stream.events()).allSatisfy(e -> assertThat(e.id()).isNotBlank());
        }
    }

    @Test
    void shouldGiveSameIdAndNoDuplicateEventsWhenSameTextIsUploadedAgain() {
        String text = article("a second upload");
        String first = writer().contentType(ContentType.TEXT).body(text).post("/api/documents")
                .then().statusCode(202).extract().path("id");
        awaitIndexed(first);
        String before = timelineOf(first);

        String second = writer().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/documents")
                .then().statusCode(202).extract().path("id");

        assertThat(second).isEqualTo(first);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(timelineOf(first)).isEqualTo(before));
        api().get("/api/documents/" + first).then().body("status", equalTo("INDEXED"))
                .body("counts.events", notNullValue());
    }

    static Stream<Arguments> badUploads() {
        byte[] invalidUtf8 = {'N', 'A', 'T', 'O', ' ', (byte) 0xC3, (byte) 0x28};
        return Stream.of(
                Arguments.of("empty text", "application/json", "{\"text\":\"\"}".getBytes(StandardCharsets.UTF_8),
                        400),
                Arguments.of("blank text", "text/plain", " \n ".getBytes(StandardCharsets.UTF_8), 400),
                Arguments.of("malformed JSON", "application/json", "{\"text\":".getBytes(StandardCharsets.UTF_8),
                        400),
                Arguments.of("invalid UTF-8", "text/plain; charset=UTF-8", invalidUtf8, 400),
                Arguments.of("unknown content type", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 415),
                Arguments.of("over 5 MB", "text/plain",
                        "Russia. ".repeat(700_000).getBytes(StandardCharsets.UTF_8), 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUploads")
    void shouldAnswerProblemJsonAndStoreNothingWhenUploadIsBad(String name, String type, byte[] body, int status) {
        long documentsBefore = documentCount();

        writer().contentType(type).body(body).post("/api/documents")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", notNullValue());

        assertThat(documentCount()).isEqualTo(documentsBefore);
    }

    @Test
    void shouldRejectUploadWithoutApiKey() {
        api().contentType(ContentType.TEXT).body(article("no key")).post("/api/documents")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static long documentCount() {
        return api().queryParam("limit", 1000).get("/api/documents").then().statusCode(200)
                .extract().jsonPath().getList("documents").size();
    }

    private static String timelineOf(String documentId) {
        List<Map<String, Object>> events = api().queryParam("limit", 1000).get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("events");
        return events.stream().filter(e -> sourceDocuments(e).contains(documentId))
                .map(e -> e.get("id") + "@" + ((Map<?, ?>) e.get("date")).get("value") + "x"
                        + ((List<?>) e.get("sources")).size())
                .sorted().toList().toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> sourceDocuments(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("sources")).stream().map(s -> s.get("documentId")).toList();
    }
}
