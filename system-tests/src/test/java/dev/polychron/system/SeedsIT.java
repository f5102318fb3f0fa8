package dev.polychron.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real articles that shaped the product (../shared/seeds: NATO–Russia relations in Vietnamese twice, Greek and
 * English), uploaded as they are; skipped when ../shared is not beside the checkout.
 */
@ExtendWith(SharedSystem.class)
class SeedsIT {

    private static final Path SEEDS = Path.of("").toAbsolutePath().getParent().resolve("../shared/seeds").normalize();
    private static final List<String> IDS = new ArrayList<>();
    private static SystemUnderTest system;

    @BeforeAll
    static void uploadSeeds(SystemUnderTest shared) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no seed articles at " + SEEDS + "; skipping");
        system = shared;
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                IDS.add(api().header("X-API-Key", system.apiKey()).contentType("text/plain; charset=UTF-8")
                        .body(Files.readAllBytes(seed)).post("/api/documents")
                        .then().statusCode(202).extract().path("id"));
            }
        }
        for (String id : IDS) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo("INDEXED")));
        }
    }

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    @Test
    void shouldRecogniseTheTwoVietnameseCopiesAsOneArticle() {
        List<String> vietnamese = IDS.stream()
                .filter(id -> "vi".equals(api().get("/api/documents/" + id).path("language")))
                .toList();
        assertThat(vietnamese).hasSize(2);

        List<Object> duplicateOf = vietnamese.stream()
                .map(id -> api().get("/api/documents/" + id).path("duplicateOf")).toList();
        assertThat(duplicateOf).containsOnlyOnce(vietnamese.stream().sorted().findFirst().orElseThrow());
        assertThat(duplicateOf).containsOnlyOnce((Object) null);
    }

    @Test
    void shouldTellTheFirstOfApril2014AsOneEventCitingEachArticleOnce() {
        List<Map<String, Object>> events = api().queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                .queryParam("limit", 1000).get("/api/timeline").then().statusCode(200)
                .extract().jsonPath().getList("events");

        List<Map<String, Object>> dayEvents = events.stream()
                .filter(e -> "2014-04-01".equals(((Map<?, ?>) e.get("date")).get("value"))).toList();
        assertThat(dayEvents).hasSize(1);
        List<Object> citedSeeds = sources(dayEvents.get(0)).stream().map(s -> s.get("documentId"))
                .filter(IDS::contains).distinct().toList();
        assertThat(citedSeeds).hasSize(3);
    }

    @Test
    void shouldFindRussiaByItsNameInEveryLanguage() {
        String russia = firstEntity("Russia");

        assertThat(firstEntity("Nga")).isEqualTo(russia);
        assertThat(firstEntity("Ρωσία")).isEqualTo(russia);
    }

    @Test
    void shouldMakeNoEventFromReferenceLists() {
        List<Map<String, Object>> events = api().queryParam("limit", 1000).get("/api/timeline").then()
                .statusCode(200).extract().jsonPath().getList("events");

        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(sources(event)).allSatisfy(source -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> dates = (List<Map<String, Object>>) ((Map<?, ?>) source.get("mentions"))
                    .get("dates");
            assertThat(dates).noneMatch(date -> Boolean.TRUE.equals(date.get("inReferences")));
        }));
    }

    private static String firstEntity(String name) {
        return api().queryParam("q", name).get("/api/entities").then().statusCode(200)
                .extract().path("entities[0].id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> event) {
        return (List<Map<String, Object>>) event.get("sources");
    }
}
