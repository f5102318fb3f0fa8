package dev.polychron.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCaseReaderTest {

    private static final String SEARCH = """
            {"id": "s:1", "source": "dateparser-search", "lang": "vi", "grain_inferred": true,
             "text": "năm 1935 và năm 1935, rồi ngày 12 tháng 4 năm 1939", "ref": "2000-01-01T00:00:00",
             "expected": [{"text": "năm 1935", "value": "1935-01-01", "grain": "day"},
                          {"text": "năm 1935", "value": "1935-01-01", "grain": "day"},
                          {"text": "ngày 12 tháng 4 năm 1939", "value": "1939-04-12", "grain": "day"}]}""";
    private static final String RECOGNIZERS = """
            {"id": "r:1", "source": "recognizers", "lang": "en", "locale": "en-us", "text": "today at 5 or tomorrow",
             "ref": "2016-11-07T00:00:00",
             "expected": [{"text": "today at 5", "start": 0, "value": null, "skip_reason": "time"},
                          {"text": "tomorrow", "start": 14, "kind": "instant", "value": "2016-11-08",
                           "grain": "day"}]}""";

    @Test
    void shouldFindEachRepeatedMentionAfterThePreviousWhenTheCaseGivesNoOffsets() {
        DocumentCase read = DocumentCaseReader.read(Suite.SEARCH, Json.parse(SEARCH));

        assertThat(read.expected()).extracting(ExpectedMention::start).containsExactly(0, 12, 26);
    }

    @Test
    void shouldAcceptTheBareYearWhenDateparserFilledInJanuaryFirst() {
        DocumentCase read = DocumentCaseReader.read(Suite.SEARCH, Json.parse(SEARCH));

        assertThat(read.expected().get(0).readings()).containsExactly(
                Expectation.instant("1935-01-01", Grain.DAY),
                Expectation.whole("1935-01", Grain.MONTH),
                Expectation.whole("1935", Grain.YEAR));
        assertThat(read.expected().get(2).readings()).hasSize(1);
    }

    @Test
    void shouldLeaveOutTheEntriesWithoutADateWhenRecognizersGivesATimeOrDuration() {
        DocumentCase read = DocumentCaseReader.read(Suite.DOCUMENTS, Json.parse(RECOGNIZERS));

        assertThat(read.expected()).extracting(ExpectedMention::text).containsExactly("tomorrow");
        assertThat(read.languageTag()).isEqualTo("en-US");
    }
}
