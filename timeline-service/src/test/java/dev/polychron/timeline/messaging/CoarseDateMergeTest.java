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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

    @Test
    void shouldMergeDecadeAndCenturyOnlyWithEachOtherNotWithTheDatedEventTheyShareEntitiesWith() {
        String text = "In the 1970s, Peru and Fiji signed a treaty. On 5 March 1973, Peru and Fiji signed a treaty."
                + " In the 20th century, Peru and Fiji signed a treaty.";
        TimelineMessages document = new TimelineMessages("coarse-tiers", "en", text);
        int decadeAt = text.indexOf("1970s");
        int dayAt = text.indexOf("5 March 1973");
        int centuryAt = text.indexOf("20th century");
        DateMention decade = new DateMention("1970s", decadeAt, decadeAt + 5, "197", Granularity.DECADE, null, null,
                false);
        DateMention day = new DateMention("5 March 1973", dayAt, dayAt + 12, "1973-03-05", Granularity.DAY, null,
                null, false);
        DateMention century = new DateMention("20th century", centuryAt, centuryAt + 12, "19", Granularity.CENTURY,
                null, null, false);
        int second = text.indexOf("On 5");
        int third = text.indexOf("In the 20th");
        List<String> entities = List.of("loc-pe", "loc-fj");
        connector.source("documents-raw").send(document.ingested());
        connector.source("nlp-entities").send(document.entities("Peru", "loc-pe", "Fiji", "loc-fj"));
        connector.source("nlp-dates").send(new DatesExtracted("dat-coarse-tiers", TimelineMessages.AT, 1,
                "coarse-tiers", "en", List.of(decade, day, century), List.of(
                new EventCandidate(0, second - 1, text.substring(0, second - 1), decade, entities),
                new EventCandidate(second, third - 1, text.substring(second, third - 1), day, entities),
                new EventCandidate(third, text.length(), text.substring(third), century, entities))));
        awaitStatus("coarse-tiers", "INDEXED");

        given().queryParam("entity", "loc-fj").get("/timeline").then().statusCode(200)
                .body("events.date.value", containsInAnyOrder("197", "1973-03-05"))
                .body("events.find { it.date.value == '197' }.sources.size()", equalTo(2))
                .body("events.find { it.date.value == '1973-03-05' }.sources.size()", equalTo(1));
    }

    @Test
    void shouldGiveEachDocumentOfABurstItsOwnEventWhenTheirDatesAreCenturiesAndTiersApart() {
        TimelineMessages day = new TimelineMessages("burst-apart-day", "en", "On 9 May 1921, Tonga met Malta.");
        TimelineMessages decade = new TimelineMessages("burst-apart-decade", "en", "In the 1880s, Tonga met Malta.");
        List<String> entities = List.of("loc-tonga", "loc-malta");
        for (TimelineMessages document : List.of(day, decade)) {
            connector.source("documents-raw").send(document.ingested());
            connector.source("nlp-entities").send(document.entities("Tonga", "loc-tonga", "Malta", "loc-malta"));
        }
        connector.source("nlp-dates").send(day.dates("9 May 1921", "1921-05-09", Granularity.DAY, entities));
        connector.source("nlp-dates").send(decade.dates("1880s", "188", Granularity.DECADE, entities));

        awaitStatus(day.documentId(), "INDEXED");
        awaitStatus(decade.documentId(), "INDEXED");
        given().queryParam("entity", "loc-tonga").get("/timeline").then().statusCode(200)
                .body("events.date.value", containsInAnyOrder("188", "1921-05-09"))
                .body("events.find { it.date.value == '188' }.sources.documentId", contains(decade.documentId()))
                .body("events.find { it.date.value == '1921-05-09' }.sources.documentId", contains(day.documentId()));
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo(status)));
    }
}
