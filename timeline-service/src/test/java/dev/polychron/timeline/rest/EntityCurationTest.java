package dev.polychron.timeline.rest;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Merge and split by hand: stored mentions and events follow at once, and so do documents that arrive later. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class EntityCurationTest {

    private static final String DAY = "2011-05-17";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldMergeEntitiesThenSplitThemApartForStoredAndLaterDocuments() {
        index(new TimelineMessages("cur-en", "en", "On 17 May 2011 Ruritania signed the treaty."),
                "17 May 2011", "Ruritania", "name-ruritania");
        index(new TimelineMessages("cur-xx", "vi", "Ngày 17 May 2011 Rurytania ký hiệp ước."),
                "17 May 2011", "Rurytania", "name-rurytania");
        assertThat(dayEvents(), hasSize(2));

        given().contentType(ContentType.JSON).body("{\"into\": \"name-ruritania\"}")
                .post("/entities/name-rurytania/merge")
                .then().statusCode(200)
                .body("id", equalTo("name-ruritania"))
                .body("aliases.name", containsInAnyOrder("Ruritania", "Rurytania"))
                .body("mentions", equalTo(2));
        assertThat(dayEvents(), hasSize(1));
        given().get("/timeline?from=" + DAY + "&to=" + DAY).then().body("events[0].sources", hasSize(2));
        given().get("/entities/name-rurytania").then().statusCode(200).body("id", equalTo("name-ruritania"));
        given().get("/timeline?entity=name-rurytania&from=" + DAY + "&to=" + DAY).then()
                .body("events", hasSize(1));
        given().get("/entities?q=rurytania").then().body("entities[0].id", equalTo("name-ruritania"));

        index(new TimelineMessages("cur-later", "vi", "Ngày 17 May 2011 Rurytania ký lại."),
                "17 May 2011", "Rurytania", "name-rurytania");
        given().get("/documents/cur-later/annotations").then()
                .body("entities[0].entityId", equalTo("name-ruritania"));
        given().get("/timeline?from=" + DAY + "&to=" + DAY).then()
                .body("events", hasSize(1)).body("events[0].sources", hasSize(3));

        String split = given().contentType(ContentType.JSON).body("{\"aliases\": [\"RURYTANIA\"]}")
                .post("/entities/name-ruritania/split")
                .then().statusCode(201)
                .body("name", equalTo("Rurytania"))
                .body("mentions", equalTo(2))
                .extract().path("id");
        given().get("/entities/name-ruritania").then().body("mentions", equalTo(1))
                .body("aliases.name", not(hasItem("Rurytania")));
        assertThat(dayEvents(), hasSize(2));
        given().get("/documents/cur-later/annotations").then().body("entities[0].entityId", equalTo(split));
        given().contentType(ContentType.JSON).body("{\"aliases\": [\"Rurytania\"]}")
                .post("/entities/name-ruritania/split")
                .then().statusCode(201).body("id", equalTo(split));
    }

    @Test
    void shouldAnswerProblemsForBadCurationRequests() {
        index(new TimelineMessages("cur-bad", "en", "On 3 June 2011 Freedonia voted."),
                "3 June 2011", "Freedonia", "name-freedonia");
        expectProblem("/entities/name-nowhere/merge", "{\"into\": \"name-freedonia\"}", 404, "No entity");
        expectProblem("/entities/name-freedonia/merge", "{\"into\": \"name-nowhere\"}", 400, "into");
        expectProblem("/entities/name-freedonia/merge", "{\"into\": \"name-freedonia\"}", 400, "itself");
        expectProblem("/entities/name-freedonia/merge", "{}", 400, "into");
        expectProblem("/entities/name-freedonia/merge", "{\"into\": 7}", 400, "");
        expectProblem("/entities/name-freedonia/merge", "{\"into\": \"x\", \"also\": 1}", 400, "Unknown field");
        expectProblem("/entities/name-freedonia/merge", "{\"into\"", 400, "Malformed JSON");
        expectProblem("/entities/name-freedonia/split", "{\"aliases\": []}", 400, "at least one");
        expectProblem("/entities/name-freedonia/split", "{\"aliases\": [\"Sylvania\"]}", 400, "Not aliases");
        expectProblem("/entities/name-freedonia/split", "{\"aliases\": [\" \"]}", 400, "empty");
        expectProblem("/entities/name-nowhere/split", "{\"aliases\": [\"Freedonia\"]}", 404, "No entity");
        given().get("/entities/name-freedonia").then().statusCode(200).body("mentions", equalTo(1));
    }

    private void index(TimelineMessages doc, String dateText, String surface, String entityId) {
        connector.source("documents-raw").send(doc.ingested());
        connector.source("nlp-entities").send(doc.entities(surface, entityId));
        connector.source("nlp-dates").send(doc.dates(dateText, dateText.contains("May") ? DAY : "2011-06-03",
                Granularity.DAY, List.of(entityId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/documents/" + doc.documentId())
                .then().statusCode(200).body("status", equalTo("INDEXED")));
    }

    private static List<String> dayEvents() {
        return given().get("/timeline?from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .extract().path("events.id");
    }

    private static void assertThat(List<String> actual, org.hamcrest.Matcher<? super List<String>> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    private static void expectProblem(String path, String body, int status, String detail) {
        given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));
    }
}
