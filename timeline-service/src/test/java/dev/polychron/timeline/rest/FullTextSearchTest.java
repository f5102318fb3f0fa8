package dev.polychron.timeline.rest;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

/** q is PostgreSQL full-text search over every source sentence of an event, in any language, by word prefixes. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class FullTextSearchTest {

    private static final String WINDOW = "&from=2014-07-02&to=2014-07-03";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldFindEventsByWholeWordsAndPrefixesInTheSentencesOfEveryLanguage() {
        Indexing.index(connector, new TimelineMessages("fts-en", "en",
                "On 2 July 2014 Quoravia opened the harbour."), "2 July 2014", "2014-07-02", "Quoravia");
        Indexing.index(connector, new TimelineMessages("fts-vi", "vi",
                "Ngày 2 July 2014 Quoravia mở cảng biển."), "2 July 2014", "2014-07-02", "Quoravia");
        Indexing.index(connector, new TimelineMessages("fts-el", "el",
                "Στις 3 July 2014 η Quoravia έκλεισε το λιμάνι."), "3 July 2014", "2014-07-03", "Quoravia");

        expect("harbour", 1);
        expect("HARB", 1);
        expect("opened harbour", 1);
        expect("cảng", 1);
        expect("λιμάνι", 1);
        expect("quoravia", 2);
        expect("harbour λιμάνι", 0);
        expect("harbo' & !(", 1);
        expect("%_", 0);
    }

    private static void expect(String q, int events) {
        given().queryParam("q", q).get("/timeline?limit=50" + WINDOW).then().statusCode(200)
                .body("events", hasSize(events));
    }
}
