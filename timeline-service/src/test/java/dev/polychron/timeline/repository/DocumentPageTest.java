package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.support.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document list pages newest first, then by id, from the keyset of the last document shown. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentPageTest {

    private static final Instant NEWEST = Instant.parse("2999-01-02T00:00:00Z");

    @Inject
    DocumentRepository documents;

    @Test
    void shouldPageNewestFirstAndThenByIdAfterTheLastDocumentShown() {
        QuarkusTransaction.requiringNew().run(() -> {
            store("page-doc-a", NEWEST);
            store("page-doc-c", NEWEST);
            store("page-doc-b", NEWEST);
            store("page-doc-older", NEWEST.minusSeconds(60));
        });

        assertThat(ids(documents.page(DocumentStatus.FAILED, null, null, 2)))
                .containsExactly("page-doc-c", "page-doc-b");
        assertThat(ids(documents.page(DocumentStatus.FAILED, NEWEST, "page-doc-b", 2)))
                .containsExactly("page-doc-a", "page-doc-older");
    }

    private static List<String> ids(List<Document> page) {
        return page.stream().map(d -> d.id).toList();
    }

    private void store(String id, Instant receivedAt) {
        Document document = new Document();
        document.id = id;
        document.text = "A document of the paging test.";
        document.receivedAt = receivedAt;
        document.updatedAt = receivedAt;
        document.status = DocumentStatus.FAILED;
        documents.persist(document);
    }
}
