package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.GaveUpException;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterConsumerTest {

    private static final String TEXT = "On 1 April 2014, NATO suspended cooperation with Russia.";
    private static final String REASON = "timeline-service gave up on nlp.dates after 5 attempts: boom";
    private static final AtomicLong OFFSETS = new AtomicLong(1_000);

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldMarkDocumentFailedWithReasonWhenItsRecordIsDeadLettered() {
        deadLetter(OFFSETS.incrementAndGet(), "doc-dead-lettered");

        awaitStatus("doc-dead-lettered", "FAILED");
        given().get("/documents/doc-dead-lettered").then()
                .body("reason", equalTo("A record of nlp.dates could not be processed: " + REASON));
    }

    @Test
    void shouldStayFailedWhenOnlyPartOfTheAnalysisArrivesAfterwards() {
        TimelineMessages document = new TimelineMessages("doc-half-failed", "en", TEXT);
        deadLetter(OFFSETS.incrementAndGet(), document.documentId());
        awaitStatus(document.documentId(), "FAILED");

        connector.source("nlp-entities").send(document.entities("NATO", "nato", "Russia", "loc-ru"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/documents/" + document.documentId())
                .then().body("counts.entities", equalTo(2)));
        given().get("/documents/" + document.documentId()).then().body("status", equalTo("FAILED"));
    }

    @Test
    void shouldIndexFailedDocumentAndClearReasonWhenReplayedRecordsArrive() {
        TimelineMessages document = new TimelineMessages("doc-replayed", "en", TEXT);
        deadLetter(OFFSETS.incrementAndGet(), document.documentId());
        awaitStatus(document.documentId(), "FAILED");

        sendAll(document);

        awaitStatus(document.documentId(), "INDEXED");
        given().get("/documents/" + document.documentId()).then().body("reason", nullValue());
    }

    @Test
    void shouldLeaveIndexedDocumentAloneWhenSameDeadLetterIsReadAgain() {
        TimelineMessages document = new TimelineMessages("doc-read-twice", "en", TEXT);
        long offset = OFFSETS.incrementAndGet();
        deadLetter(offset, document.documentId());
        awaitStatus(document.documentId(), "FAILED");
        sendAll(document);
        awaitStatus(document.documentId(), "INDEXED");

        deadLetter(offset, document.documentId());
        deadLetter(OFFSETS.incrementAndGet(), "doc-read-twice-sentinel");

        awaitStatus("doc-read-twice-sentinel", "FAILED");
        given().get("/documents/" + document.documentId()).then().body("status", equalTo("INDEXED"));
    }

    @Test
    void shouldNackWithReasonAfterBoundedAttemptsWhenDatesCannotBeStored() {
        TimelineMessages tooLong = new TimelineMessages("d".repeat(100), "en", TEXT);
        DatesExtracted dates = tooLong.dates("1 April 2014", "2014-04-01", Granularity.DAY, List.of("loc-ru"));
        CompletableFuture<Throwable> nacked = new CompletableFuture<>();

        connector.source("nlp-dates").send(Message.of(dates).withNack(reason -> {
            nacked.complete(reason);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(15)).until(nacked::isDone);
        assertThat(nacked.join())
                .isInstanceOf(GaveUpException.class)
                .hasMessageStartingWith("timeline-service gave up on nlp.dates dat-" + tooLong.documentId())
                .hasMessageContaining("after 5 attempts")
                .hasMessageContaining("value too long");
    }

    private void deadLetter(long offset, String documentId) {
        var record = new ConsumerRecord<String, byte[]>("nlp.dates.dlq", 0, offset, documentId, new byte[0]);
        record.headers().add(DeadLetter.TOPIC_HEADER, "nlp.dates".getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetter.REASON_HEADER, REASON.getBytes(StandardCharsets.UTF_8));
        connector.source("dead-letters").send(Message.of(new byte[0],
                Metadata.of(new IncomingKafkaRecordMetadata<>(record, "dead-letters"))));
    }

    private void sendAll(TimelineMessages document) {
        connector.source("documents-raw").send(document.ingested());
        connector.source("nlp-entities").send(document.entities("NATO", "nato", "Russia", "loc-ru"));
        connector.source("nlp-dates").send(document.dates("1 April 2014", "2014-04-01", Granularity.DAY,
                List.of("loc-ru", "nato")));
    }

    private static void awaitStatus(String documentId, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/documents/" + documentId).then().statusCode(200).body("status", equalTo(status)));
    }
}
