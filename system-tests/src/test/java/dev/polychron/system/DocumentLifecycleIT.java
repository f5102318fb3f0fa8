package dev.polychron.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Documents managed through the gateway: reprocessed alone or all together, deleted, and uploaded again. */
@ExtendWith(SharedSystem.class)
class DocumentLifecycleIT {

    private static final Duration SETTLED = Duration.ofSeconds(90);
    private static final String TEXT = "The Velmoran canal company was founded on 4 February 2041 in Ostravel."
            + " On 19 August 2042 the Velmoran canal opened to ships from Ostravel.";
    private static final String WINDOW = "from=2041&to=2042";
    private static SystemUnderTest system;

    @BeforeAll
    static void useSystem(SystemUnderTest shared) {
        system = shared;
    }

    @Test
    void shouldKeepTheTimelineThroughReprocessingAndTakeTheDocumentOutWhenDeleted() {
        String id = upload();
        system.awaitIndexedAfter(id, Instant.EPOCH, SETTLED);
        Map<String, TreeSet<String>> before = timeline();
        assertThat(before).containsKeys("2041-02-04", "2042-08-19");

        Instant analyzed = system.analyzedAt(id);
        system.writer().post("/api/documents/" + id + "/reprocess").then().statusCode(202)
                .body("id", equalTo(id));
        system.awaitIndexedAfter(id, analyzed, SETTLED);
        assertThat(timeline()).as("the same NLP gives the same timeline").isEqualTo(before);

        analyzed = system.analyzedAt(id);
        int all = system.writer().post("/api/reprocess").then().statusCode(202).extract().path("documents");
        assertThat(all).isPositive();
        system.awaitIndexedAfter(id, analyzed, SETTLED);
        assertThat(timeline()).isEqualTo(before);

        system.api().delete("/api/documents/" + id).then().statusCode(401);
        system.writer().delete("/api/documents/" + id).then().statusCode(204);
        system.api().get("/api/documents/" + id).then().statusCode(404);
        assertThat(timeline()).as("events left without sources").isEmpty();
        system.writer().delete("/api/documents/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(id));
        system.writer().post("/api/documents/" + id + "/reprocess").then().statusCode(404);

        assertThat(upload()).isEqualTo(id);
        system.awaitIndexedAfter(id, Instant.EPOCH, SETTLED);
        assertThat(timeline()).as("uploaded again after the deletion").isEqualTo(before);
    }

    private static String upload() {
        return system.writer().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "title", "Velmoran canal", "language", "en"))
                .post("/api/documents").then().statusCode(202).extract().path("id");
    }

    /** The events in the document's years: date value and the set of source sentences. */
    private static Map<String, TreeSet<String>> timeline() {
        Map<String, TreeSet<String>> events = new TreeMap<>();
        List<Map<String, Object>> page = system.api().get("/api/timeline?limit=1000&" + WINDOW).then()
                .statusCode(200).extract().path("events");
        for (Map<String, Object> event : page) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sources = (List<Map<String, Object>>) event.get("sources");
            TreeSet<String> keys = new TreeSet<>();
            sources.forEach(s -> keys.add(s.get("documentId") + ":" + s.get("start") + ":" + s.get("sentence")));
            @SuppressWarnings("unchecked")
            Map<String, Object> date = (Map<String, Object>) event.get("date");
            events.put((String) date.get("value"), keys);
        }
        return events;
    }
}
