package dev.polychron.nlp;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EventCandidate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link TextAnalyzer#analyze} with arbitrary Unicode (lone surrogates included) and with texts assembled from
 * the pieces that drive its rules (digits, month names in many languages, brackets, reference headings, right-to-left
 * words, combining marks, emoji), under every language it knows and none: it must never throw, and every offset it
 * returns must select exactly the text it reports.
 */
class TextAnalyzerPropertiesTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final List<LocalDateTime> REFERENCES = List.of(LocalDateTime.of(2014, 4, 2, 12, 0),
            LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59));
    private static final List<String> LANGUAGES = List.of("en", "vi", "el", "de", "fr", "ru", "ar", "zh", "und");
    private static final List<String> PIECES = List.of(
            "0", "1", "4", "12", "31", "99", "2014", "1990", "99999", "0000", "2010s", "1990er", "XIX", "XXI",
            "٢٠١٤", "१९९०", "𝟚𝟘𝟙𝟜", "𝟜", "二〇一四", "2014年4月1日", "4月", "1/4/2014", "2014-04-01", "01.04.2014", "4/1", "19:30",
            "7pm", "Q1", "W07", "April", "Apr.", "March", "Απριλίου", "Απρίλιος", "Οκτώβριο", "tháng", "ngày", "năm",
            "cuối", "đầu", "марта", "январе", "März", "août", "Juli", "أبريل", "مارس", "يناير", "五月",
            "yesterday", "tomorrow", "next Friday", "last March", "ago", "early", "late", "mid-", "the", "of", "in",
            "on", "from", "to", "until", "as of", "since", "century", "spring", "NATO", "Russia", "Nga", "Ρωσία",
            "Россия", "Liên bang", "Sergei Lavrov", "Σεργκέι Λαβρόφ", "Hà Nội", "Deutschland", "中国", "روسيا",
            "שלום", "ישראל", "References", "Tham khảo", "Παραπομπές", "Βιβλιογραφία", "Einzelnachweise", "Retrieved",
            "Truy cập", "Archived", "^", "↑", "[", "]", "[12]", "[edit]", "(", ")", "{{", "}}", "\"", "'", "’", "«",
            "»", "—", "–", "-", "/", ".", ",", ":", ";", "…", "!", "?", "。", "،", "؟", " ", " ", " ", "\n", "\n\n",
            "\t", "\r\n", "\u00a0", "\u3000", "\u2028", "😀", "👍🏽", "🇷🇺", "👩‍👩‍👧", "\u0301", "\u0323", "e\u0301",
            "\u200f", "\u200e", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad", "\ud800", "\udc00",
            "\ud83d", "\u0000", "\u001b", "\ufffd", "ǅ", "İ", "ß", "ﬁ", "Ⅻ");

    @Property(tries = 1000)
    void shouldKeepEveryOffsetExactWhenTextIsAssembledFromRulePieces(@ForAll("assembled") String text,
                                                                     @ForAll("languages") String language,
                                                                     @ForAll("references") LocalDateTime reference) {
        assertWellFormed(text, ANALYZER.analyze(text, language, reference));
    }

    @Property(tries = 1000)
    void shouldKeepEveryOffsetExactWhenTextIsArbitraryUnicode(@ForAll("arbitrary") String text,
                                                              @ForAll("languages") String language,
                                                              @ForAll("references") LocalDateTime reference) {
        assertWellFormed(text, ANALYZER.analyze(text, language, reference));
    }

    @Example
    void shouldAnalyseDateWhenItsDigitsAreOutsideTheBmp() {
        for (String text : List.of("1/𝟜/2014", "𝟚𝟘𝟙𝟜年", "2014年𝟜月", "𝟙𝟡:30")) {
            assertWellFormed(text, ANALYZER.analyze(text, "en", REFERENCES.get(0)));
        }
    }

    @Provide
    Arbitrary<String> assembled() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> arbitrary() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withCharRange('\u0000', '\u2fff').ofMaxLength(120),
                Arbitraries.strings().withChars("0123456789 ./-–[]()\n").withCharRange('A', 'z').ofMaxLength(80));
    }

    @Provide
    Arbitrary<LocalDateTime> references() {
        return Arbitraries.of(REFERENCES);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(LANGUAGES).injectNull(0.1);
    }

    private static void assertWellFormed(String text, Analysis analysis) {
        assertThat(analysis.language()).isNotBlank();
        for (EntityMention entity : analysis.entities()) {
            assertSpan(text, entity.start(), entity.end(), entity.text(), entity);
        }
        for (DateMention date : analysis.dates()) {
            assertSpan(text, date.start(), date.end(), date.text(), date);
            assertThat(date.value()).as("value of %s", date).isNotBlank();
        }
        for (EventCandidate candidate : analysis.candidates()) {
            assertThat(candidate.sentenceStart()).as("sentence of %s", candidate)
                    .isBetween(0, candidate.sentenceEnd());
            assertThat(candidate.sentenceEnd()).as("sentence of %s", candidate).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(candidate.sentenceStart(), candidate.sentenceEnd()))
                    .as("sentence of %s", candidate).isEqualTo(candidate.sentence());
            assertThat(candidate.date().start()).as("date of %s", candidate)
                    .isGreaterThanOrEqualTo(candidate.sentenceStart());
            assertThat(candidate.date().end()).as("date of %s", candidate)
                    .isLessThanOrEqualTo(candidate.sentenceEnd());
        }
    }

    private static void assertSpan(String text, int start, int end, String mentionText, Object mention) {
        assertThat(start).as("start of %s", mention).isNotNegative().isLessThan(end);
        assertThat(end).as("end of %s", mention).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end)).as("text of %s", mention).isEqualTo(mentionText);
    }
}
