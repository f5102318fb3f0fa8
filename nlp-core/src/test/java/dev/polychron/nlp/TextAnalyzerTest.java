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
    void shouldFlagDatesAfterAHeadingOfTheTextsLanguageAndKeepAHeadingWordInProse() {
        String text = "La città fu fondata nel 1201.\nNote sul restauro del 1998.\n"
                + "Note[modifica | modifica wikitesto]\nRossi, M. Storia della città, 2010.\n";

        Analysis analysis = ANALYZER.analyze(text, "it", REFERENCE);

        assertThat(analysis.dates()).filteredOn(DateMention::inReferences).extracting(DateMention::value)
                .containsExactly("2010");
        assertThat(analysis.candidates()).extracting(c -> c.date().value()).containsExactly("1201", "1998");
    }

    @Test
    void shouldFlagDatesOfAnUnmarkedCitationLineByItsAccessNoteButNotOfABodySentenceThatSaysTheSame() {
        String text = "Il fascicolo, consultato il 3 marzo dai giudici, era del 2019.\n"
                + "Comunicato del comune, 2015, consultato il 2 febbraio 2018.\n";

        Analysis analysis = ANALYZER.analyze(text, "it", REFERENCE);

        assertThat(analysis.dates()).filteredOn(DateMention::inReferences).extracting(DateMention::value)
                .containsExactly("2015", "2018-02-02");
        assertThat(analysis.candidates()).extracting(EventCandidate::sentence)
                .containsOnly("Il fascicolo, consultato il 3 marzo dai giudici, era del 2019.");
    }

    @Test
    void shouldLeaveAMirrorsButtonLineOutOfTheBodyWhateverItsLanguage() {
        String body = "Năm 1994, Nga tham gia chương trình Đối tác vì hòa bình và kể từ đó, NATO và Nga đã ký một số "
                + "thỏa thuận quan trọng về hợp tác.";

        assertThat(ANALYZER.analyze(body + "\nKembali kehalaman sebelumnya", "vi", REFERENCE).bodyFingerprint())
                .isEqualTo(ANALYZER.analyze(body, "vi", REFERENCE).bodyFingerprint());
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
