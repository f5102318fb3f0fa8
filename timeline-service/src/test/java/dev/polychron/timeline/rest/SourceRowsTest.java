package dev.polychron.timeline.rest;

import dev.polychron.timeline.support.Indexing;
import dev.polychron.timeline.support.PostgresTestResource;
import dev.polychron.timeline.support.TimelineMessages;
import io.agroal.api.AgroalDataSource;
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
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

/** An event that gains a source keeps the rows of the sources it had: only what joins or leaves is written. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class SourceRowsTest {

    private static final String DAY = "2016-09-21";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldWriteOnlyTheSourcesThatJoinAnEvent() throws SQLException {
        Indexing.index(connector, new TimelineMessages("rows-en", "en", "On 21 September 2016 Quarnelle held a vote."),
                "21 September 2016", DAY, "Quarnelle");
        Indexing.index(connector, new TimelineMessages("rows-fr", "fr", "Le 21 September 2016 Quarnelle a voté."),
                "21 September 2016", DAY, "Quarnelle");
        Map<String, Long> before = sourceRows();

        // a later document id: the first document stays the event's seed, so the event keeps its id
        Indexing.index(connector, new TimelineMessages("rows-later", "de", "Am 21 September 2016 stimmte Quarnelle ab."),
                "21 September 2016", DAY, "Quarnelle");

        given().get("/timeline?from=" + DAY + "&to=" + DAY).then().body("events", hasSize(1))
                .body("events[0].sources", hasSize(3));
        Map<String, Long> after = sourceRows();
        assertThat(after).containsAllEntriesOf(before).containsOnlyKeys("rows-en", "rows-fr", "rows-later");
    }

    /** The row id of each source of the test's documents, by document. */
    private Map<String, Long> sourceRows() throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select document_id, id from event_source where document_id like 'rows-%'");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }
}
