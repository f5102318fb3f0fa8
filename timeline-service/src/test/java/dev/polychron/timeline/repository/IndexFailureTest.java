package dev.polychron.timeline.repository;

import dev.polychron.timeline.service.DocumentIndexer;
import dev.polychron.timeline.support.Indexing;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A document the indexer gives up on is FAILED and leaves merging, so that it cannot fail later batches too. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class IndexFailureTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    AgroalDataSource database;

    @Inject
    IndexRequestRepository requests;

    @Inject
    DocumentIndexer indexer;

    @Test
    void shouldTakeTheCandidatesOfAFailedDocumentOutOfMerging() throws SQLException {
        TimelineMessages doc = new TimelineMessages("fail-poison", "en", "On 6 May 2013 Velunia sank a ship.");
        Indexing.index(connector, doc, "6 May 2013", "2013-05-06", "Velunia");
        assertThat(candidatesOf(doc.documentId())).isEqualTo(1);

        // the indexer thread waits for this lock before it takes the request, so the failure below takes it
        try (Connection merging = HeldLock.take(database, AdvisoryLock.TIMELINE)) {
            QuarkusTransaction.requiringNew().run(() -> requests.add(doc.documentId()));
            indexer.fail(doc.documentId(), "merging kept failing", Long.MAX_VALUE);
            merging.rollback();
        }

        given().get("/documents/" + doc.documentId()).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("reason", equalTo("merging kept failing"));
        assertThat(candidatesOf(doc.documentId())).isZero();
    }

    @Test
    void shouldLeaveARequestMadeWhileTheAttemptsFailedToItsOwnAttempts() throws SQLException {
        TimelineMessages doc = new TimelineMessages("fail-then-again", "en", "On 7 May 2013 Velunia sank a boat.");
        Indexing.index(connector, doc, "7 May 2013", "2013-05-07", "Velunia");

        try (Connection merging = HeldLock.take(database, AdvisoryLock.TIMELINE)) {
            QuarkusTransaction.requiringNew().run(() -> requests.add(doc.documentId()));
            long failingSince = indexer.newestRequest();
            QuarkusTransaction.requiringNew().run(() -> requests.add(doc.documentId()));
            indexer.fail(doc.documentId(), "merging kept failing", failingSince);
            assertThat(requestsOf(doc.documentId())).as("the newer request").isEqualTo(1);
            merging.rollback();
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/documents/" + doc.documentId())
                .then().statusCode(200).body("status", equalTo("INDEXED")));
    }

    private long requestsOf(String documentId) throws SQLException {
        return countOf("select count(*) from index_request where document_id = ?", documentId);
    }

    private long candidatesOf(String documentId) throws SQLException {
        return countOf("select count(*) from event_candidate where document_id = ?", documentId);
    }

    private long countOf(String query, String documentId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement(query)) {
            count.setString(1, documentId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
