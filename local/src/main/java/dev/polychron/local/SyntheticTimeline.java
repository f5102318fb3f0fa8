package dev.polychron.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A large timeline written straight into timeline-service's schema, for measuring what reads it (the read
 * benchmark, the web page): documents, entities with one alias each, and events with one source sentence and two
 * entities, days spread over 220 years from 1800. Ids start with {@code bench-}; topics are words of the summaries.
 */
public final class SyntheticTimeline {

    public static final int ENTITIES = 1000;
    public static final String[] TOPICS = {"treaty", "summit", "election", "strike", "flood", "launch", "merger",
        "verdict"};
    private static final int DOCUMENTS = 1000;
    private static final int DAYS = 80_000;

    private SyntheticTimeline() {
    }

    public static String entityId(int number) {
        return "bench-ent-" + number;
    }

    public static String entityName(int number) {
        return "Entity " + number;
    }

    /** Writes {@code events} events with their documents and entities, then refreshes the planner's statistics. */
    public static void load(Database database, int events) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement sql = connection.createStatement()) {
            sql.execute("insert into document (id, received_at, status, language, title, entities_done, dates_done)"
                    + " select 'bench-doc-' || d, now(), 'INDEXED', 'en', 'Benchmark document ' || d, true, true"
                    + " from generate_series(1, " + DOCUMENTS + ") d");
            sql.execute("insert into entity (id, name, type, mention_count) select 'bench-ent-' || e,"
                    + " 'Entity ' || e, 'ORG', 1 from generate_series(1, " + ENTITIES + ") e");
            sql.execute("insert into entity_alias (entity_id, alias, normalized, language) select 'bench-ent-' || e,"
                    + " 'Entity ' || e, 'entity ' || e, 'en' from generate_series(1, " + ENTITIES + ") e");
            String topic = "(array['" + String.join("','", TOPICS) + "'])[1 + i % " + TOPICS.length + "]";
            String day = "date '1800-01-01' + ((i::bigint * 7919) % " + DAYS + ")::int";
            sql.execute("insert into event (id, date_value, granularity, date_from, date_to, summary,"
                    + " summary_language) select 'bench-ev-' || lpad(i::text, 9, '0'),"
                    + " to_char(" + day + ", 'YYYY-MM-DD'), 'DAY', " + day + ", " + day
                    + ", 'Benchmark event ' || i || ': a ' || " + topic + " || ' was reported.', 'en'"
                    + " from generate_series(1, " + events + ") i");
            sql.execute("insert into event_source (event_id, document_id, language, sentence_start, sentence_end,"
                    + " sentence, date_start) select 'bench-ev-' || lpad(i::text, 9, '0'),"
                    + " 'bench-doc-' || (1 + i % " + DOCUMENTS + "), 'en', i, i + 60,"
                    + " 'Benchmark event ' || i || ': a ' || " + topic + " || ' was reported.', i"
                    + " from generate_series(1, " + events + ") i");
            sql.execute("insert into event_entity (event_id, entity_id) select 'bench-ev-' || lpad(i::text, 9, '0'),"
                    + " 'bench-ent-' || (1 + i % " + ENTITIES + ") from generate_series(1, " + events + ") i"
                    + " union all select 'bench-ev-' || lpad(i::text, 9, '0'),"
                    + " 'bench-ent-' || (1 + (i * 31 + 17) % " + ENTITIES + ") from generate_series(1, " + events
                    + ") i where (i * 31 + 17) % " + ENTITIES + " <> i % " + ENTITIES);
            sql.execute("analyze");
        }
    }
}
