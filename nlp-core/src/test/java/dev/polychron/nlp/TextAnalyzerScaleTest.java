package dev.polychron.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as large as uploads may be, with a date in every sentence, are analysed whole. The analysis must stay
 * about linear in the text (a few seconds here; the earlier word-by-date scan of the entity extractor took about ten
 * minutes for the second case), which the throughput benchmark measures: these tests assert no time, so that a busy
 * machine cannot fail them, but a quadratic step would make them run for minutes.
 */
class TextAnalyzerScaleTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final int DATES = 100_000;

    @Test
    void shouldFindHundredThousandDatesWhenTextIsOnlyDates() {
        String text = "1990 ".repeat(DATES);

        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(analysis.dates()).hasSize(DATES);
    }

    @Test
    void shouldMakeHundredThousandCandidatesWhenEverySentenceHasDateAndNames() {
        String text = "On 1 April 2014 NATO met Russia. ".repeat(DATES);

        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(analysis.dates()).hasSize(DATES);
        assertThat(analysis.candidates()).hasSize(DATES);
    }
}
