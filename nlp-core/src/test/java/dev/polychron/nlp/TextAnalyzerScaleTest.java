package dev.polychron.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as large as uploads may be, with a date in every sentence: the analysis must stay about linear in the
 * text, so that one such document cannot hold a consumer for minutes. Linear here takes a few seconds; the earlier
 * word-by-date scan of the entity extractor took about ten minutes for the second case.
 */
class TextAnalyzerScaleTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final int DATES = 100_000;
    private static final long BUDGET_MILLIS = 30_000;

    @Test
    void shouldFindHundredThousandDatesInBoundedTimeWhenTextIsOnlyDates() {
        String text = "1990 ".repeat(DATES);

        long started = System.nanoTime();
        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(millisSince(started)).isLessThan(BUDGET_MILLIS);
        assertThat(analysis.dates()).hasSize(DATES);
    }

    @Test
    void shouldMakeHundredThousandCandidatesInBoundedTimeWhenEverySentenceHasDateAndNames() {
        String text = "On 1 April 2014 NATO met Russia. ".repeat(DATES);

        long started = System.nanoTime();
        Analysis analysis = ANALYZER.analyze(text, "en", REFERENCE);

        assertThat(millisSince(started)).isLessThan(BUDGET_MILLIS);
        assertThat(analysis.dates()).hasSize(DATES);
        assertThat(analysis.candidates()).hasSize(DATES);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
