package dev.polychron.timeline.rest;

import dev.polychron.events.DatesExtracted;
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

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A document is a duplicate of the smallest id near its body, whatever order the documents are indexed in. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class NearDuplicateGroupsTest {

    private static final long BODY = 0x5DEECE66DL << 20;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldDecideEachRoleByTheDocumentsNearItWhicheverCameLast() {
        // b is 4 bits from a and from c, which are 8 bits apart; c comes last, and once made b an original again
        index("chain-a", BODY);
        index("chain-b", BODY ^ 0x0FL);
        index("chain-c", BODY ^ 0xFFL);

        given().get("/documents/chain-a").then().body("duplicateOf", nullValue());
        given().get("/documents/chain-b").then().body("duplicateOf", equalTo("chain-a"));
        given().get("/documents/chain-c").then().body("duplicateOf", equalTo("chain-b"));
    }

    private void index(String id, long fingerprint) {
        TimelineMessages doc = new TimelineMessages(id, "en", "On 7 June 2015 Marvessa opened a mill (" + id + ").");
        connector.source("documents-raw").send(doc.ingested());
        connector.source("nlp-entities").send(doc.entities("Marvessa", "name-marvessa"));
        DatesExtracted dates = doc.dates("7 June 2015", "2015-06-07", Granularity.DAY, List.of("name-marvessa"));
        connector.source("nlp-dates").send(new DatesExtracted(dates.eventId(), dates.occurredAt(), 2,
                dates.documentId(), "en", dates.mentions(), dates.candidates(), fingerprint));
        Indexing.awaitIndexed(id);
    }
}
