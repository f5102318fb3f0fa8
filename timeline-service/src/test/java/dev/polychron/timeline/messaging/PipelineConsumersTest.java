package dev.polychron.timeline.messaging;

import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.Granularity;
import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class PipelineConsumersTest {

    private static final String ENGLISH_TEXT = "On 1 April 2014, NATO suspended cooperation with Russia.";
    private static final String VIETNAMESE_TEXT = "Vào ngày 1 tháng 4 năm 2014, NATO đình chỉ hợp tác với Nga.";

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<TimelineUpdated> published;

    @BeforeEach
    void clearSink() {
        published = connector.sink("timeline-events");
        published.clear();
    }

    @Test
    void shouldIndexDocumentAndPublishEventWhenAllMessagesArrive() {
        TimelineMessages english = new TimelineMessages("doc-published", "en", ENGLISH_TEXT);
        Instant sent = Instant.now();
        send(english, "1 April 2014");

        awaitStatus(english.documentId(), "INDEXED");
        Instant indexedAt = Instant.parse(given().get("/documents/" + english.documentId()).then().statusCode(200)
                .extract().path("indexedAt"));
        assertThat(indexedAt).isBetween(sent, Instant.now());
        given().queryParam("entity", "Russia").queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                .get("/timeline")
                .then().statusCode(200)
                .body("events.size()", equalTo(1))
                .body("events[0].date.value", equalTo("2014-04-01"))
                .body("events[0].sources.sentence", hasItem(ENGLISH_TEXT))
                .body("events[0].sources.mentions.dates.start.flatten()", hasItem(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> published.received().stream()
                .anyMatch(m -> m.getPayload().event() != null && m.getPayload().event().sources().stream()
                        .anyMatch(s -> s.documentId().equals(english.documentId()))));
    }

    @Test
    void shouldMergeSameEventWhenToldInTwoLanguages() {
        TimelineMessages english = new TimelineMessages("doc-merge-en", "en", ENGLISH_TEXT);
        TimelineMessages vietnamese = new TimelineMessages("doc-merge-vi", "vi", VIETNAMESE_TEXT);
        send(english, "1 April 2014");
        send(vietnamese, "ngày 1 tháng 4 năm 2014");

        awaitStatus(english.documentId(), "INDEXED");
        awaitStatus(vietnamese.documentId(), "INDEXED");
        given().queryParam("entity", "loc-ru").queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                .get("/timeline")
                .then().statusCode(200)
                .body("events.size()", equalTo(1))
                .body("events[0].sources.documentId", hasItems(english.documentId(), vietnamese.documentId()));
        given().queryParam("from", "2014-04-01").queryParam("to", "2014-04-01").get("/entities/loc-ru/timeline")
                .then().statusCode(200)
                .body("events.size()", equalTo(1));
    }

    @Test
    void shouldPublishAChangeWithTheSourcesItBroughtAndTheCountAndLanguagesOfAll() {
        TimelineMessages english = new TimelineMessages("doc-change-en", "en", ENGLISH_TEXT);
        TimelineMessages vietnamese = new TimelineMessages("doc-change-vi", "vi", VIETNAMESE_TEXT);
        send(english, "1 April 2014");
        awaitStatus(english.documentId(), "INDEXED");
        // the relay publishes on its own schedule: the English change must be out before the Vietnamese one is awaited
        await().atMost(Duration.ofSeconds(10)).until(() -> published.received().stream()
                .map(m -> m.getPayload().event()).anyMatch(e -> e != null && e.sources().stream()
                        .anyMatch(s -> s.documentId().equals(english.documentId()))));
        published.clear();

        send(vietnamese, "ngày 1 tháng 4 năm 2014");
        awaitStatus(vietnamese.documentId(), "INDEXED");

        List<Object> allSources = given().queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                .get("/timeline").then().statusCode(200).extract().jsonPath().getList("events[0].sources");
        TimelineEvent changed = await().atMost(Duration.ofSeconds(10)).until(() -> published.received().stream()
                .map(m -> m.getPayload().event()).filter(e -> e != null && e.date().value().equals("2014-04-01"))
                .reduce((first, last) -> last).orElse(null), e -> e != null);
        assertThat(changed.sources()).extracting(TimelineEvent.EventSource::documentId)
                .containsOnly(vietnamese.documentId());
        assertThat(changed.sourceCount()).isEqualTo(allSources.size()).isGreaterThan(changed.sources().size());
        assertThat(changed.languages()).contains("en", "vi");
    }

    @Test
    void shouldStoreTheNumberAndTimeEachChangeWasPublishedWithWhenTheRelaySendsIt() {
        TimelineMessages english = new TimelineMessages("doc-numbered", "en", ENGLISH_TEXT);
        send(english, "1 April 2014");
        awaitStatus(english.documentId(), "INDEXED");

        TimelineUpdated sent = await().atMost(Duration.ofSeconds(10)).until(() -> published.received().stream()
                .map(m -> m.getPayload()).filter(u -> u.event() != null && u.event().sources().stream()
                        .anyMatch(s -> s.documentId().equals(english.documentId())))
                .findFirst().orElse(null), u -> u != null);

        TimelineUpdated stored = given().queryParam("after", sent.sequence() - 1).queryParam("limit", 1)
                .get("/changes").then().statusCode(200).extract().jsonPath()
                .getList("changes", TimelineUpdated.class).get(0);
        assertThat(stored.sequence()).isEqualTo(sent.sequence());
        assertThat(stored.eventId()).isEqualTo("timeline-" + sent.sequence());
        assertThat(stored.timelineEventId()).isEqualTo(sent.timelineEventId());
        assertThat(stored.change()).isEqualTo(sent.change());
        // the database keeps microseconds
        assertThat(stored.occurredAt()).isCloseTo(sent.occurredAt(), within(1, ChronoUnit.MICROS));
        assertThat(stored.event().sources()).extracting(TimelineEvent.EventSource::documentId)
                .contains(english.documentId());
    }

    @Test
    void shouldMergeABurstOfDocumentsIntoOneEventCitingEach() {
        List<TimelineMessages> burst = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new TimelineMessages("doc-burst-" + i, "en",
                        "On 3 March 2011, Lisbon and Oporto signed treaty number " + i + "."))
                .toList();
        burst.forEach(doc -> connector.source("documents-raw").send(doc.ingested()));
        burst.forEach(doc -> connector.source("nlp-entities").send(doc.entities("Lisbon", "loc-lisbon", "Oporto",
                "loc-oporto")));
        burst.forEach(doc -> connector.source("nlp-dates").send(doc.dates("3 March 2011", "2011-03-03",
                Granularity.DAY, List.of("loc-lisbon", "loc-oporto"))));

        burst.forEach(doc -> awaitStatus(doc.documentId(), "INDEXED"));
        given().queryParam("entity", "loc-lisbon").get("/timeline")
                .then().statusCode(200)
                .body("events.size()", equalTo(1))
                .body("events[0].sources.size()", equalTo(burst.size()))
                .body("events[0].sources.documentId", hasItems(burst.stream().map(TimelineMessages::documentId)
                        .toArray(String[]::new)));
    }

    @Test
    void shouldCountMentionsOfTheLatestAnalysisOnlyWhenADocumentIsAnalysedAgain() {
        TimelineMessages document = new TimelineMessages("doc-again", "en", "On 17 June 2011 Zembla met Ostrava.");
        connector.source("documents-raw").send(document.ingested());
        connector.source("nlp-entities").send(document.entities("Zembla", "loc-zembla", "Ostrava", "loc-ostrava"));
        connector.source("nlp-dates").send(document.dates("17 June 2011", "2011-06-17", Granularity.DAY,
                List.of("loc-zembla", "loc-ostrava")));
        awaitStatus(document.documentId(), "INDEXED");
        given().get("/entities/loc-ostrava").then().statusCode(200).body("mentions", equalTo(1));

        EntitiesExtracted again = document.entities("Zembla", "loc-zembla");
        for (String eventId : List.of("ent-doc-again-2", "ent-doc-again-3")) {
            connector.source("nlp-entities").send(new EntitiesExtracted(eventId, again.occurredAt(), 1,
                    again.documentId(), "en", again.mentions()));
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/entities/loc-ostrava")
                .then().statusCode(200).body("mentions", equalTo(0)));
        given().get("/entities/loc-zembla").then().statusCode(200).body("mentions", equalTo(1));
    }

    @Test
    void shouldChangeNothingWhenMessagesAreRedelivered() {
        TimelineMessages document = new TimelineMessages("doc-twice", "en", "In May 1997, Paris hosted a summit.");
        send(document, "May 1997");
        awaitStatus(document.documentId(), "INDEXED");
        String before = given().get("/timeline").asString();

        send(document, "May 1997");

        assertThat(given().get("/documents/doc-twice").path("counts.events").toString()).isEqualTo("1");
        assertThat(given().get("/timeline").asString()).isEqualTo(before);
    }

    @Test
    void shouldAnswerReceivedWhenOnlyTheRawDocumentArrived() {
        TimelineMessages document = new TimelineMessages("doc-raw", "en", "Nothing yet.");
        connector.source("documents-raw").send(document.ingested());

        awaitStatus(document.documentId(), "RECEIVED");
    }

    private void send(TimelineMessages document, String dateText) {
        connector.source("documents-raw").send(document.ingested());
        String entityId = document.language().equals("vi") ? "Nga" : "Russia";
        connector.source("nlp-entities").send(document.entities("NATO", "nato", entityId, "loc-ru"));
        connector.source("nlp-dates").send(document.dates(dateText, valueOf(dateText),
                dateText.startsWith("May") ? Granularity.MONTH : Granularity.DAY, List.of("loc-ru", "nato")));
    }

    private static String valueOf(String dateText) {
        return dateText.startsWith("May") ? "1997-05" : "2014-04-01";
    }

    private static void awaitStatus(String documentId, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/documents/" + documentId).then().statusCode(200).body("status", equalTo(status)));
    }
}
