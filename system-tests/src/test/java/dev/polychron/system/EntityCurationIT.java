package dev.polychron.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Hand curation of the entity registry through the gateway: a merge joins two events, a split parts them again. */
@ExtendWith(SharedSystem.class)
class EntityCurationIT {

    private static final String DAY = "2013-10-09";
    private static SystemUnderTest system;

    @BeforeAll
    static void useSystem(SystemUnderTest shared) {
        system = shared;
    }

    private static RequestSpecification api() {
        return system.api();
    }

    private static RequestSpecification writer() {
        return system.writer();
    }

    @Test
    void shouldJoinEventsWhenEntitiesAreMergedAndPartThemWhenSplit() {
        String first = upload("On 9 October 2013, Zembla signed a trade pact.");
        String second = upload("On 9 October 2013, Zemblaland signed a trade pact.");
        String zembla = entityOf(first, "Zembla");
        String zemblaland = entityOf(second, "Zemblaland");
        assertThat(zembla).isNotEqualTo(zemblaland);
        assertThat(sourcesPerEvent(first, second)).containsExactly(1, 1);

        api().contentType(ContentType.JSON).body(Map.of("into", zembla)).post("/api/entities/" + zemblaland + "/merge")
                .then().statusCode(401).contentType("application/problem+json");
        writer().contentType(ContentType.JSON).body(Map.of("into", zembla))
                .post("/api/entities/" + zemblaland + "/merge")
                .then().statusCode(200).body("id", equalTo(zembla)).body("mentions", equalTo(2));
        assertThat(sourcesPerEvent(first, second)).containsExactly(2);
        api().queryParam("q", "Zemblaland").get("/api/entities").then().statusCode(200)
                .body("entities[0].id", equalTo(zembla));

        String split = writer().contentType(ContentType.JSON).body(Map.of("aliases", List.of("Zemblaland")))
                .post("/api/entities/" + zembla + "/split")
                .then().statusCode(201).body("name", equalTo("Zemblaland")).body("mentions", equalTo(1))
                .extract().path("id");
        assertThat(sourcesPerEvent(first, second)).containsExactly(1, 1);
        api().get("/api/entities/" + split + "/timeline").then().statusCode(200)
                .body("events[0].date.value", equalTo(DAY));
    }

    private static String upload(String text) {
        String id = writer().contentType(ContentType.TEXT).body(text).post("/api/documents")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo("INDEXED")));
        return id;
    }

    private static String entityOf(String documentId, String text) {
        List<Map<String, Object>> entities = api().get("/api/documents/" + documentId + "/annotations")
                .then().statusCode(200).extract().jsonPath().getList("entities");
        return entities.stream().filter(e -> text.equals(e.get("text"))).map(e -> (String) e.get("entityId"))
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + text + " in " + entities));
    }

    /** The number of sources of each event on the day that cites one of the documents (other tests share the system). */
    private static List<Integer> sourcesPerEvent(String... documentIds) {
        List<List<Map<String, Object>>> sources = api().queryParam("from", DAY).queryParam("to", DAY)
                .queryParam("limit", 1000).get("/api/timeline")
                .then().statusCode(200).extract().jsonPath().getList("events.sources");
        return sources.stream()
                .filter(event -> event.stream().anyMatch(s -> List.of(documentIds).contains(s.get("documentId"))))
                .map(List::size).sorted().toList();
    }
}
