package dev.polychron.nlp;

import dev.polychron.events.DateMention;
import dev.polychron.events.EventCandidate;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @Test
    void shouldMakeCandidateOfBodySentenceWhenItHasDate() {
        String text = "On 1 April 2014, NATO suspended cooperation with Russia. Nothing happened here.";

        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(analysis.candidates()).singleElement().satisfies(c -> {
            assertThat(c.sentence()).isEqualTo("On 1 April 2014, NATO suspended cooperation with Russia.");
            assertThat(c.date().value()).isEqualTo("2014-04-01");
            assertThat(c.entityIds()).contains("loc-ru");
        });
    }

    @Test
    void shouldFlagDatesInReferencesAndMakeNoCandidateWhenInReferenceSection() {
        String text = "NATO met in 2002.\nReferences\nSmith, J. (2019). Retrieved 5 May 2020.";

        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(analysis.dates()).extracting(DateMention::value, DateMention::inReferences)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2002", false),
                        org.assertj.core.groups.Tuple.tuple("2019", true),
                        org.assertj.core.groups.Tuple.tuple("2020-05-05", true));
        assertThat(analysis.candidates()).extracting(EventCandidate::sentence).containsExactly("NATO met in 2002.");
    }

    @Test
    void shouldDetectLanguageWhenNoHintGiven() {
        String text = "Vào ngày 1 tháng 4 năm 2014, NATO nhất trí quyết định đình chỉ hợp tác với Liên bang Nga.";

        assertThat(ANALYZER.analyze(text, null, REFERENCE).language()).isEqualTo("vi");
    }

    @Test
    void shouldKeepEveryOffsetInsideTextWhenTextHasEmojiAndCombiningMarks() {
        String text = "😀 Ra\u0301ng 👍🏽 on 2014-04-01 in Nga.";

        Analysis analysis = ANALYZER.analyze(text, "vi", REFERENCE);

        assertThat(analysis.dates()).singleElement()
                .satisfies(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo("2014-04-01"));
        assertThat(analysis.entities()).allSatisfy(
                e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
    }
}
