package dev.polychron.timeline.support;

import dev.polychron.events.Granularity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Sends a document's three messages as the pipeline would and waits until timeline-service has indexed it. */
public final class Indexing {

    private Indexing() {
    }

    /** One dated sentence naming one place: {@code dateText} has the TIMEX day {@code value}. */
    public static void index(InMemoryConnector connector, TimelineMessages doc, String dateText, String value,
                             String place) {
        String entityId = "name-" + place.toLowerCase();
        connector.source("documents-raw").send(doc.ingested());
        connector.source("nlp-entities").send(doc.entities(place, entityId));
        connector.source("nlp-dates").send(doc.dates(dateText, value, Granularity.DAY, List.of(entityId)));
        awaitIndexed(doc.documentId());
    }

    public static void awaitIndexed(String documentId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/documents/" + documentId)
                .then().statusCode(200).body("status", equalTo("INDEXED")));
    }
}
