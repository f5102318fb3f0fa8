package dev.polychron.gateway.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polychron.events.EntityType;
import dev.polychron.events.EventDate;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.events.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineExportTest {

    private static final TimelineEvent DAY = event("ev-1", EventDate.of("2014-04-01", Granularity.DAY, null, null),
            "NATO suspended cooperation with Russia, \"all of it\".", "en", "<b>NATO</b> & Russia");
    private static final TimelineEvent LATE_MONTH = event("ev-2", EventDate.of("2017-03", Granularity.MONTH,
            Modifier.END, null), "=HYPERLINK(\"http://evil.example\")", "vi", "Cuối tháng 3 năm 2017");

    @Test
    void shouldWriteOneRfc4180RowPerEventWithQuotesEscapedAndFormulasDefused() {
        String[] lines = CsvExport.of(List.of(DAY, LATE_MONTH)).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(CsvExport.HEADER);
        assertThat(lines[1]).isEqualTo("ev-1,2014-04-01,DAY,,,2014-04-01,2014-04-01,"
                + "\"NATO suspended cooperation with Russia, \"\"all of it\"\".\",Russia; NATO,en,1,doc-ev-1");
        assertThat(lines[2]).startsWith("ev-2,2017-03,MONTH,END,,2017-03-01,2017-03-31,\"'=HYPERLINK(");
    }

    @Test
    void shouldKeepNegativeNumbersAndQuoteLineBreaks() {
        assertThat(CsvExport.cell("-0043")).isEqualTo("-0043");
        assertThat(CsvExport.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void shouldDateTimelineJsSlidesAtTheirGranularityAndEscapeTheirHtml() {
        JsonNode document = TimelineJsExport.of(List.of(DAY, LATE_MONTH), "T");

        JsonNode day = document.at("/events/0");
        assertThat(day.at("/start_date/year").asInt()).isEqualTo(2014);
        assertThat(day.at("/start_date/day").asInt()).isEqualTo(1);
        assertThat(day.has("end_date")).isFalse();
        assertThat(day.at("/text/text").asText()).contains("&lt;b&gt;NATO&lt;/b&gt; &amp; Russia")
                .doesNotContain("<b>NATO");
        assertThat(day.at("/group").asText()).isEqualTo("Russia");

        JsonNode month = document.at("/events/1");
        assertThat(month.at("/start_date/month").asInt()).isEqualTo(3);
        assertThat(month.at("/start_date").has("day")).isFalse();
        assertThat(month.at("/end_date/month").asInt()).isEqualTo(3);
        assertThat(month.at("/display_date").asText()).isEqualTo("2017-03");
        assertThat(document.at("/title/text/headline").asText()).isEqualTo("T");
    }

    private static TimelineEvent event(String id, EventDate date, String summary, String language, String sentence) {
        return new TimelineEvent(id, date, summary, List.of(new TimelineEvent.EntityRef("loc-ru", "Russia",
                EntityType.LOC), new TimelineEvent.EntityRef("org-nato", "NATO", EntityType.ORG)),
                List.of(language), 1, List.of(new TimelineEvent.EventSource("doc-" + id, "Title " + id, language,
                        sentence, 0, sentence.length(), new TimelineEvent.Mentions(List.of(), List.of()))));
    }
}
