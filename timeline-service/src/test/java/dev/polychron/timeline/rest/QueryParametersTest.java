package dev.polychron.timeline.rest;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.support.TimelineMessages;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryParametersTest {

    private static final String SEEDED = "doc-query-parameters";
    private static final String SENTENCE = "On 1 April 2014, NATO suspended cooperation with Russia.";
    private static final List<String> INJECTIONS = List.of(
            "'; drop table event;--",
            "' OR '1'='1",
            "\" OR 1=1 --",
            "1; DELETE FROM document",
            "x') UNION SELECT id FROM document --",
            "\\'; drop table entity; --",
            "%",
            "_",
            "%' OR 1=1 --",
            "<script>alert(1)</script>",
            "loc-ru' --");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DataSource dataSource;

    /** One instance serves every test here, and RestAssured has its port only once a test runs. */
    private boolean seeded;

    @BeforeEach
    void seedOneEvent() {
        if (seeded) {
            return;
        }
        TimelineMessages document = new TimelineMessages(SEEDED, "en", SENTENCE);
        connector.source("documents-raw").send(document.ingested());
        connector.source("nlp-entities").send(document.entities("NATO", "nato", "Russia", "loc-ru"));
        connector.source("nlp-dates").send(document.dates("1 April 2014", "2014-04-01", Granularity.DAY,
                List.of("loc-ru", "nato")));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/documents/" + SEEDED)
                .then().statusCode(200).body("status", equalTo("INDEXED")));
        seeded = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/timeline?limit=0", "/timeline?limit=1001", "/timeline?limit=abc", "/timeline?from=April",
            "/timeline?to=2014-13-01", "/timeline?cursor=***", "/timeline?language=$$",
            "/documents?status=DONE", "/documents?cursor=bm9wZQ", "/entities?cursor=x", "/changes",
            "/timeline?entity=%27%3B%20drop%20table%20event%3B--&from=2014'--"})
    void shouldAnswerBadRequestProblemWhenParameterIsMalformed(String path) {
        given().urlEncodingEnabled(false).get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/documents/nope", "/documents/nope/annotations", "/events/nope", "/entities/nope"})
    void shouldAnswerNotFoundProblemWhenIdIsUnknown(String path) {
        given().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * Every query parameter and path id, with what an injection in it must get: a 400, a 404, or nothing found. The
     * entity timeline answers 404 for any id today, as EntityResource's class path shadows it; nothing found would
     * do as well.
     */
    static Stream<Arguments> injections() {
        List<String[]> targets = List.of(
                new String[]{"/timeline?entity=", "events"},
                new String[]{"/timeline?q=", "events"},
                new String[]{"/timeline?from=", "400"},
                new String[]{"/timeline?to=", "400"},
                new String[]{"/timeline?language=", "400"},
                new String[]{"/timeline?limit=", "400"},
                new String[]{"/timeline?cursor=", "400"},
                new String[]{"/entities?q=", "entities"},
                new String[]{"/entities?limit=", "400"},
                new String[]{"/entities?cursor=", "400"},
                new String[]{"/documents?status=", "400"},
                new String[]{"/documents?limit=", "400"},
                new String[]{"/documents?cursor=", "400"},
                new String[]{"/changes?after=", "400"},
                new String[]{"/changes?after=0&limit=", "400"},
                new String[]{"/events/e?language=", "400"},
                new String[]{"/entities/loc-ru/timeline?from=", "4xx"},
                new String[]{"/documents/", "404"},
                new String[]{"/documents/{}/annotations", "404"},
                new String[]{"/events/", "404"},
                new String[]{"/entities/", "404"},
                new String[]{"/entities/{}/timeline", "4xx|events"});
        return targets.stream().flatMap(target -> INJECTIONS.stream()
                .map(injection -> Arguments.of(target[0], injection, target[1])));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("injections")
    void shouldBindInjectionAsPlainValueWhenItComesInAnyParameter(String target, String injection, String expected) {
        String value = URLEncoder.encode(injection, StandardCharsets.UTF_8).replace("+", "%20");
        String path = target.contains("{}") ? target.replace("{}", value) : target + value;
        var response = given().urlEncodingEnabled(false).get(path).then();

        int status = response.extract().statusCode();
        boolean refused = switch (expected) {
            case "400", "404" -> {
                response.statusCode(Integer.parseInt(expected));
                yield true;
            }
            case "4xx" -> true;
            case "4xx|events" -> status >= 400;
            default -> false;
        };
        if (refused) {
            response.statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                    .contentType("application/problem+json");
        } else {
            response.statusCode(200).body(expected.substring(expected.indexOf('|') + 1) + ".size()", equalTo(0));
        }
    }

    @Test
    void shouldKeepEveryTableAndRowWhenInjectionsWereSent() throws SQLException {
        Set<String> before = tables();

        injections().forEach(arguments -> {
            Object[] row = arguments.get();
            shouldBindInjectionAsPlainValueWhenItComesInAnyParameter((String) row[0], (String) row[1],
                    (String) row[2]);
        });

        assertThat(tables()).containsAll(before).contains("document", "event", "entity", "event_source", "outbox");
        given().queryParam("entity", "loc-ru").queryParam("from", "2014-04-01").queryParam("to", "2014-04-01")
                .get("/timeline")
                .then().statusCode(200).body("events.sources.flatten().documentId", hasItem(SEEDED));
        given().get("/documents/" + SEEDED).then().statusCode(200).body("status", equalTo("INDEXED"));
    }

    private Set<String> tables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select table_name from information_schema.tables where table_schema = current_schema()")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
