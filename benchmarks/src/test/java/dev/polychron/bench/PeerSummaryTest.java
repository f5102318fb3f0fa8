package dev.polychron.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PeerSummaryTest {

    private static final Outcome NO_DATE = new Outcome(List.of(), null, 1_000_000);
    private static final Expectation DAY = Expectation.instant("2014-04-01", Grain.DAY);
    private static final Expectation HOUR = Expectation.instant("2014-04-01T10", Grain.HOUR);

    @Test
    void shouldKeepHolidaysOutOfTheOverallRateWhenCountingCoarseCases() {
        List<CaseResult> results = List.of(result("en", DAY, false, true), result("en", DAY, true, false));

        PeerSummary summary = summarise(results);

        assertThat(summary.overallCoarse()).isEqualTo(new Tally(1, 1));
        assertThat(summary.overallWithHolidays()).isEqualTo(new Tally(2, 1));
        assertThat(summary.holidays()).isEqualTo(new Tally(1, 0));
    }

    @Test
    void shouldRateDateCasesAloneApartFromRecognizers() {
        List<CaseResult> results = List.of(result("en", DAY, false, true), result("en", DAY, false, false),
                result(Suite.RECOGNIZERS, "en", DAY, false, true));

        PeerSummary summary = summarise(results);

        assertThat(summary.overallCoarse()).isEqualTo(new Tally(3, 2));
        assertThat(summary.dateCasesCoarse()).isEqualTo(new Tally(2, 1));
    }

    @Test
    void shouldCountALanguageAt80WhenItHasTenCoarseCasesAndPassesEightOfThem() {
        List<CaseResult> results = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> results.add(result("vi", DAY, false, i < 8)));
        IntStream.range(0, 9).forEach(i -> results.add(result("el", DAY, false, true)));
        IntStream.range(0, 5).forEach(i -> results.add(result("el", HOUR, false, true)));

        PeerSummary summary = summarise(results);

        assertThat(summary.languagesCounted()).isEqualTo(1);
        assertThat(summary.languagesAt80()).containsExactly("vi");
        assertThat(summary.languages()).extracting(PeerSummary.LanguageRow::lang).containsExactly("el", "vi");
    }

    @Test
    void shouldRateTheCasesReadNearestApart() {
        List<CaseResult> preferred = new ArrayList<>();
        List<CaseResult> nearest = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> preferred.add(result("de", DAY, false, i < 9)));
        IntStream.range(0, 10).forEach(i -> nearest.add(result("de", DAY, false, i < 6)));

        PeerSummary summary = summarise(preferred, nearest);

        assertThat(summary.dateCasesCoarse()).isEqualTo(new Tally(10, 9));
        assertThat(summary.dateCasesCoarseNearest()).isEqualTo(new Tally(10, 6));
        assertThat(summary.languagesAt80()).containsExactly("de");
        assertThat(summary.languagesAt80Nearest()).isEmpty();
    }

    private static PeerSummary summarise(List<CaseResult> results) {
        return summarise(results, results);
    }

    private static PeerSummary summarise(List<CaseResult> results, List<CaseResult> nearest) {
        PeerFiles files = new PeerFiles(List.of(), List.of(), 0, List.of(), List.of());
        return PeerSummary.of("peers", new PeerRun(files, results, nearest, List.of(), Duration.ZERO,
                Duration.ofSeconds(1)));
    }

    private static CaseResult result(String lang, Expectation reading, boolean holiday, boolean passed) {
        return result(Suite.DATES, lang, reading, holiday, passed);
    }

    private static CaseResult result(Suite suite, String lang, Expectation reading, boolean holiday,
                                     boolean passed) {
        PeerCase peerCase = new PeerCase(suite, lang + reading, "duckling", lang, lang, "text",
                PeerValues.REFERENCE_WHEN_NONE, reading.grain(), holiday, List.of(reading));
        return new CaseResult(peerCase, passed, NO_DATE);
    }
}
