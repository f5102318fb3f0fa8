package dev.polychron.timeline.repository;

import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.Indexing;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every transaction takes the advisory locks before the rows it locks, in the order deletions and curations take
 * them (curation, then timeline): a consumer that held a document's row while it waited for the curation lock, and
 * an indexer that held its requests while it waited for the timeline lock, once closed deadlocks with a deletion.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class LockOrderTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldWaitForTheCurationLockBeforeLockingTheDocument() throws SQLException {
        TimelineMessages doc = new TimelineMessages("lock-entities", "en", "On 3 May 2013 Velunia opened a port.");
        Indexing.index(connector, doc, "3 May 2013", "2013-05-03", "Velunia");

        try (Connection deletion = HeldLock.take(database, AdvisoryLock.CURATION)) {
            EntitiesExtracted again = doc.entities("Velunia", "name-velunia");
            connector.source("nlp-entities").send(new EntitiesExtracted(UUID.randomUUID().toString(), Instant.now(),
                    1, doc.documentId(), "en", again.mentions()));
            awaitWaiterFor(AdvisoryLock.CURATION);

            assertThat(rowIsFree("select id from document where id = ?", doc.documentId()))
                    .as("the consumer waits for the curation lock without holding the document's row").isTrue();
            deletion.rollback();
        }
        Indexing.awaitIndexed(doc.documentId());
    }

    @Test
    void shouldWaitForTheTimelineLockBeforeTakingTheRequests() throws SQLException {
        TimelineMessages doc = new TimelineMessages("lock-requests", "en", "On 4 May 2013 Velunia closed a port.");
        try (Connection deletion = HeldLock.take(database, AdvisoryLock.TIMELINE)) {
            connector.source("documents-raw").send(doc.ingested());
            connector.source("nlp-entities").send(doc.entities("Velunia", "name-velunia"));
            connector.source("nlp-dates").send(doc.dates("4 May 2013", "2013-05-04", Granularity.DAY,
                    List.of("name-velunia")));
            await().atMost(Duration.ofSeconds(20)).until(() -> exists(doc.documentId()));
            awaitWaiterFor(AdvisoryLock.TIMELINE);

            assertThat(rowIsFree("select id from index_request where document_id = ?", doc.documentId()))
                    .as("the indexer waits for the timeline lock without holding the document's requests").isTrue();
            deletion.rollback();
        }
        Indexing.awaitIndexed(doc.documentId());
    }

    @Test
    void shouldAnswerTheLoserOfADeadlockWithRetryAfterAndKeepTheDocument() throws Exception {
        TimelineMessages doc = new TimelineMessages("lock-loser", "en", "On 5 May 2013 Velunia built a pier.");
        Indexing.index(connector, doc, "5 May 2013", "2013-05-05", "Velunia");

        try (Connection other = HeldLock.take(database, AdvisoryLock.TIMELINE)) {
            CompletableFuture<Response> deletion = CompletableFuture.supplyAsync(
                    () -> given().delete("/documents/" + doc.documentId()).then().extract().response());
            awaitWaiterFor(AdvisoryLock.TIMELINE);
            // the deletion holds the curation lock and waits for the timeline lock: a cycle, which PostgreSQL
            // breaks by failing the one that waited first
            try (PreparedStatement statement = other.prepareStatement("select pg_advisory_xact_lock_shared(?, 0)")) {
                statement.setInt(1, AdvisoryLock.CURATION.key());
                statement.execute();
            }
            Response answer = deletion.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            other.rollback();
        }
        given().get("/documents/" + doc.documentId()).then().statusCode(200).body("status", equalTo("INDEXED"));
    }

    private Connection transaction() throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private void awaitWaiterFor(AdvisoryLock lock) {
        await().atMost(Duration.ofSeconds(20)).until(() -> query(
                "select count(*) from pg_locks where locktype = 'advisory' and classid = ? and not granted",
                lock.key()) > 0);
    }

    private boolean exists(String documentId) throws SQLException {
        return query("select count(*) from index_request where document_id = ?", documentId) > 0;
    }

    /** Whether the rows the query selects can be locked right now, without waiting. */
    private boolean rowIsFree(String select, String id) throws SQLException {
        try (Connection other = transaction();
             PreparedStatement statement = other.prepareStatement(select + " for update nowait")) {
            statement.setString(1, id);
            statement.executeQuery().close();
            other.rollback();
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private long query(String sql, Object parameter) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
