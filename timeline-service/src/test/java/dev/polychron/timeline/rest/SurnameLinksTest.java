package dev.polychron.timeline.rest;

import dev.polychron.events.EntityType;
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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** A lone surname joins the one known person of that surname, in either upload order, and leaves at a second one. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class SurnameLinksTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldLinkEarlierLoneSurnameWhenFullNameArrivesAndUnlinkWhenSecondPersonSharesIt() {
        String day = "2012-02-14";
        index("sur-lone", "On 14 February 2012 Vostrikov spoke.", "14 February 2012", day,
                EntityType.MISC, "Vostrikov", "name-vostrikov");
        assertThat(sourcesPerEvent(day), contains(1));

        index("sur-full", "On 14 February 2012 Pavel Vostrikov spoke.", "14 February 2012", day,
                EntityType.PER, "Pavel Vostrikov", "name-pavel-vostrikov");
        assertThat(sourcesPerEvent(day), contains(2));
        given().get("/entities/name-vostrikov").then().body("id", equalTo("name-pavel-vostrikov"));
        given().get("/entities?q=Vostrikov").then().body("entities[0].id", equalTo("name-pavel-vostrikov"))
                .body("entities.size()", equalTo(1));

        index("sur-other", "On 2 March 2012 Irina Vostrikov spoke.", "2 March 2012", "2012-03-02",
                EntityType.PER, "Irina Vostrikov", "name-irina-vostrikov");
        assertThat(sourcesPerEvent(day), contains(1, 1));
        given().get("/documents/sur-lone/annotations").then()
                .body("entities[0].entityId", equalTo("name-vostrikov"));
    }

    @Test
    void shouldLinkLaterLoneSurnameWhenFullNameCameFirst() {
        String day = "2012-05-09";
        index("sur2-full", "On 9 May 2012 Olga Lebedinskaya spoke.", "9 May 2012", day,
                EntityType.PER, "Olga Lebedinskaya", "name-olga-lebedinskaia");
        index("sur2-lone", "On 9 May 2012 Lebedinskaya spoke.", "9 May 2012", day,
                EntityType.MISC, "Lebedinskaya", "name-lebedinskaia");
        assertThat(sourcesPerEvent(day), contains(2));
        given().get("/documents/sur2-lone/annotations").then()
                .body("entities[0].entityId", equalTo("name-olga-lebedinskaia"));
    }

    private void index(String id, String text, String dateText, String value, EntityType type, String surface,
                       String entityId) {
        TimelineMessages doc = new TimelineMessages(id, "en", text);
        connector.source("documents-raw").send(doc.ingested());
        connector.source("nlp-entities").send(doc.entities(type, surface, entityId));
        connector.source("nlp-dates").send(doc.dates(dateText, value, Granularity.DAY, List.of(entityId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/documents/" + id)
                .then().statusCode(200).body("status", equalTo("INDEXED")));
    }

    private static List<Integer> sourcesPerEvent(String day) {
        List<List<?>> sources = given().get("/timeline?from=" + day + "&to=" + day).then().statusCode(200)
                .extract().jsonPath().getList("events.sources");
        return sources.stream().map(List::size).sorted().toList();
    }
}
