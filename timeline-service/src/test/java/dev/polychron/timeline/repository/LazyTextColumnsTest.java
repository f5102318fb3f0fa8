package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.service.DocumentService;
import dev.polychron.timeline.support.Indexing;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text columns, the bulk of their rows, are read only where they are used: a page of 1,000 documents read 5 MB of
 * text, and each indexed batch read the sentences of its documents' candidates just for their dates.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class LazyTextColumnsTest {

    @Inject
    DocumentService service;

    @Inject
    DocumentRepository documents;

    @Inject
    CandidateRepository candidates;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void shouldListDocumentsWithoutTheirTextAndReadItWhenAsked() {
        TimelineMessages doc = new TimelineMessages("lazy-text", "en", "On 2 June 2031 the Lorvik bridge opened.");
        QuarkusTransaction.requiringNew().run(() -> service.received(doc.ingested()));

        QuarkusTransaction.requiringNew().run(() -> {
            List<Document> page = documents.page(DocumentStatus.RECEIVED, null, null, 1000);
            Document listed = page.stream().filter(d -> d.id.equals(doc.documentId())).findFirst().orElseThrow();

            assertThat(Hibernate.isPropertyInitialized(listed, "text")).isFalse();
            assertThat(listed.text).isEqualTo(doc.text());
        });
    }

    @Test
    void shouldReadACandidatesDatesWithoutItsSentence() {
        TimelineMessages doc = new TimelineMessages("lazy-sentence", "en", "On 3 June 2031 the Lorvik ferry sailed.");
        Indexing.index(connector, doc, "3 June 2031", "2031-06-03", "Lorvik");

        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = candidates.ofDocuments(List.of(doc.documentId())).get(0);

            assertThat(Hibernate.isPropertyInitialized(candidate, "sentence")).isFalse();
            assertThat(candidate.dateValue).isEqualTo("2031-06-03");
            assertThat(candidates.sentences(List.of(candidate.id))).containsValue(doc.text());
        });
    }
}
