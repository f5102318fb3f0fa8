package dev.polychron.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePrinterTest {

    private static final String TIMELINE = """
            {"events": [{
                "id": "e1",
                "date": {"value": "2014-04-01", "granularity": "day"},
                "summary": "NATO suspends all practical civilian and military cooperation with Russia.",
                "entities": [{"id": "nato", "name": "NATO", "type": "ORG"}],
                "sources": [
                    {"documentId": "d1", "title": "NATO–Russia relations", "language": "en"},
                    {"documentId": "d2", "title": "Quan hệ Nga – NATO", "language": "vi"},
                    {"documentId": "d2", "title": "Quan hệ Nga – NATO", "language": "vi"},
                    {"documentId": "d3", "title": null, "language": "el"}
                ]}],
             "nextCursor": null}
            """;

    @Test
    void shouldPrintEachEventWithItsDateSummaryAndDistinctSources() throws Exception {
        String text = TimelinePrinter.format(new ObjectMapper().readTree(TIMELINE));

        assertThat(text).isEqualTo("""
                Timeline: 1 event
                  2014-04-01  NATO suspends all practical civilian and military cooperation with Russia.
                              [en] NATO–Russia relations
                              [vi] Quan hệ Nga – NATO
                              [el] d3
                """);
    }

    @Test
    void shouldAbbreviateLongTextOnOneLine() {
        assertThat(TimelinePrinter.abbreviate("one\n two   three four", 12)).isEqualTo("one two thr…");
    }

    @Test
    void shouldSaySoWhenTheTimelineIsEmpty() throws Exception {
        String text = TimelinePrinter.format(new ObjectMapper().readTree("{\"events\": [], \"nextCursor\": null}"));

        assertThat(text).isEqualTo("Timeline: 0 events\n");
    }
}
