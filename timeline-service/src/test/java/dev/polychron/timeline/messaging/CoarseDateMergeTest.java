package dev.polychron.timeline.messaging;

import dev.polychron.events.DateMention;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.EventCandidate;
import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class CoarseDateMergeTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldIndexSecondDocumentWhenFirstHasCoarseCandidateInAnotherEvent() {
        String a = "On 5 March 2004, Norway met Chile. Norway and Chile had talked in 2004.";
        TimelineMessages docA = new TimelineMessages("coarse-a", "en", a);
        DateMention dayA = new DateMention("5 March 2004", 3, 15, "2004-03-05", Granularity.DAY, null, null, false);
        int y = a.indexOf("2004.");
        DateMention yearA = new DateMention("2004", y, y + 4, "2004", Granularity.YEAR, null, null, false);
        int s2 = a.indexOf("Norway and");
        connector.source("documents-raw").send(docA.ingested());
        connector.source("nlp-entities").send(docA.entities("Norway", "loc-no", "Chile", "loc-cl"));
        connector.source("nlp-dates").send(new DatesExtracted("dat-coarse-a", TimelineMessages.AT, 1, "coarse-a", "en",
                List.of(dayA, yearA), List.of(
                new EventCandidate(0, s2 - 1, a.substring(0, s2 - 1), dayA, List.of("loc-no", "loc-cl")),
                new EventCandidate(s2, a.length(), a.substring(s2), yearA, List.of("loc-no", "loc-cl")))));
        awaitStatus("coarse-a", "INDEXED");

        TimelineMessages docB = new TimelineMessages("coarse-b", "en", "On 1 July 2004, Norway met Chile again.");
        connector.source("documents-raw").send(docB.ingested());
        connector.source("nlp-entities").send(docB.entities("Norway", "loc-no", "Chile", "loc-cl"));
        connector.source("nlp-dates").send(docB.dates("1 July 2004", "2004-07-01", Granularity.DAY,
                List.of("loc-no", "loc-cl")));

        awaitStatus("coarse-b", "INDEXED");
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo(status)));
    }
}
