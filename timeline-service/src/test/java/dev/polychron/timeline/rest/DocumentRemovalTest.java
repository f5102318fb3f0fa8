package dev.polychron.timeline.rest;

import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.Indexing;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Deleting documents: their sources leave their events, emptied events go, and late messages stay out. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentRemovalTest {

    private static final String BRIDGE_DAY = "2012-03-09";
    private static final String FERRY_DAY = "2012-04-10";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldTakeTheSourcesOutOfTheirEventsAndDropEventsLeftWithoutSources() {
        TimelineMessages english = new TimelineMessages("del-en", "en", "On 9 March 2012 Glorania opened the bridge.");
        Indexing.index(connector, english, "9 March 2012", BRIDGE_DAY, "Glorania");
        Indexing.index(connector, new TimelineMessages("del-vi", "vi", "Ngày 9 March 2012 Glorania mở cầu."),
                "9 March 2012", BRIDGE_DAY, "Glorania");
        TimelineMessages ferry = new TimelineMessages("del-ferry", "en", "On 10 April 2012 Glorania ran a ferry.");
        Indexing.index(connector, ferry, "10 April 2012", FERRY_DAY, "Glorania");
        given().get("/entities/name-glorania").then().body("mentions", equalTo(3));
        given().get(day(BRIDGE_DAY)).then().body("events", hasSize(1)).body("events[0].sources", hasSize(2));

        given().delete("/documents/del-en").then().statusCode(204);

        given().get("/documents/del-en").then().statusCode(404);
        given().get("/documents/del-en/annotations").then().statusCode(404);
        given().get(day(BRIDGE_DAY)).then().body("events", hasSize(1))
                .body("events[0].sources.documentId", contains("del-vi"));
        given().get("/entities/name-glorania").then().body("mentions", equalTo(2));

        given().delete("/documents/del-ferry").then().statusCode(204);
        given().get(day(FERRY_DAY)).then().body("events", hasSize(0));
        given().delete("/documents/del-ferry").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("del-ferry"));

        // made before the deletion, delivered after it: dropped (the next document on the channel is the barrier)
        connector.source("nlp-dates").send(ferry.dates("10 April 2012", FERRY_DAY, Granularity.DAY,
                List.of("name-glorania")));
        Indexing.index(connector, new TimelineMessages("del-barrier", "en", "On 11 April 2012 Glorania closed."),
                "11 April 2012", "2012-04-11", "Glorania");
        given().get("/documents/del-ferry").then().statusCode(404);

        // the same text uploaded again after the deletion is a new upload: it is indexed again
        Instant now = Instant.now();
        DocumentIngested raw = english.ingested();
        connector.source("documents-raw").send(new DocumentIngested(UUID.randomUUID().toString(), now, 1,
                raw.documentId(), raw.sha256(), raw.title(), null, "en", null, now, raw.text()));
        EntitiesExtracted entities = english.entities("Glorania", "name-glorania");
        connector.source("nlp-entities").send(new EntitiesExtracted(UUID.randomUUID().toString(), now, 1,
                entities.documentId(), "en", entities.mentions()));
        DatesExtracted dates = english.dates("9 March 2012", BRIDGE_DAY, Granularity.DAY, List.of("name-glorania"));
        connector.source("nlp-dates").send(new DatesExtracted(UUID.randomUUID().toString(), now, 1,
                dates.documentId(), "en", dates.mentions(), dates.candidates()));
        Indexing.awaitIndexed("del-en");
        given().get(day(BRIDGE_DAY)).then().body("events[0].sources", hasSize(2));
    }

    @Test
    void shouldMakeTheNearDuplicateTheOriginalWhenTheOriginalIsDeleted() {
        TimelineMessages original = new TimelineMessages("dup-a", "en", "On 2 May 2013 Lorvania held a vote.");
        TimelineMessages copy = new TimelineMessages("dup-b", "en", "On 2 May 2013 Lorvania held a vote. Share!");
        for (TimelineMessages doc : List.of(original, copy)) {
            connector.source("documents-raw").send(doc.ingested());
            connector.source("nlp-entities").send(doc.entities("Lorvania", "name-lorvania"));
            DatesExtracted dates = doc.dates("2 May 2013", "2013-05-02", Granularity.DAY, List.of("name-lorvania"));
            connector.source("nlp-dates").send(new DatesExtracted(dates.eventId(), dates.occurredAt(), 2,
                    dates.documentId(), "en", dates.mentions(), dates.candidates(), 42L));
            Indexing.awaitIndexed(doc.documentId());
        }
        given().get("/documents/dup-b").then().body("duplicateOf", equalTo("dup-a"));
        given().get(day("2013-05-02")).then().body("events[0].sources.documentId", contains("dup-a"));

        given().delete("/documents/dup-a").then().statusCode(204);

        given().get("/documents/dup-b").then().body("duplicateOf", nullValue());
        given().get(day("2013-05-02")).then().body("events", hasSize(1))
                .body("events[0].sources.documentId", contains("dup-b"));
    }

    private static String day(String day) {
        return "/timeline?from=" + day + "&to=" + day;
    }
}
