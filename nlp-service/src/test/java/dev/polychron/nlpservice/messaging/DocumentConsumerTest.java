package dev.polychron.nlpservice.messaging;

import dev.polychron.support.messaging.GaveUpException;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class DocumentConsumerTest {

    private static final String TEXT = "On 1 April 2014, NATO suspended cooperation with Russia.\n"
            + "References\n^ Retrieved 3 May 2020.";

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<EntitiesExtracted> entities;
    private InMemorySink<DatesExtracted> dates;

    @BeforeEach
    void clearSinks() {
        entities = connector.sink("nlp-entities");
        dates = connector.sink("nlp-dates");
        entities.clear();
        dates.clear();
    }

    @Test
    void shouldPublishEntitiesAndDatesWhenDocumentArrives() {
        connector.source("documents-raw").send(document("ev-1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> entities.received().size() == 1
                && dates.received().size() == 1);
        DatesExtracted published = dates.received().get(0).getPayload();
        assertThat(published.documentId()).isEqualTo("doc-1");
        assertThat(published.language()).isEqualTo("en");
        assertThat(published.mentions()).extracting(m -> m.value() + ":" + m.inReferences())
                .containsExactly("2014-04-01:false", "2020-05-03:true");
        assertThat(published.candidates()).singleElement()
                .satisfies(c -> assertThat(c.entityIds()).contains("loc-ru"));
        assertThat(entities.received().get(0).getPayload().mentions()).isNotEmpty();
    }

    @Test
    void shouldDeriveSameOutputIdsWhenSameMessageIsRedelivered() {
        connector.source("documents-raw").send(document("ev-2"));
        connector.source("documents-raw").send(document("ev-2"));

        await().atMost(Duration.ofSeconds(10)).until(() -> dates.received().size() == 2);
        assertThat(dates.received().get(1).getPayload().eventId())
                .isEqualTo(dates.received().get(0).getPayload().eventId());
    }

    @Test
    void shouldNackWithReasonAndPublishNothingWhenAnalysisKeepsFailing() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        var textless = new DocumentIngested("ev-3", now, 1, "doc-3", "sha", "NATO", null, null, null, now, null);
        CompletableFuture<Throwable> nacked = new CompletableFuture<>();

        connector.source("documents-raw").send(Message.of(textless).withNack(reason -> {
            nacked.complete(reason);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(10)).until(nacked::isDone);
        assertThat(nacked.join()).isInstanceOf(GaveUpException.class)
                .hasMessageStartingWith("nlp-service gave up on document doc-3 (ev-3) after 3 attempts: ");
        assertThat(dates.received()).isEmpty();
        assertThat(entities.received()).isEmpty();
    }

    private static DocumentIngested document(String eventId) {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        return new DocumentIngested(eventId, now, 1, "doc-1", "sha", "NATO", null, null, null, now, TEXT);
    }
}
