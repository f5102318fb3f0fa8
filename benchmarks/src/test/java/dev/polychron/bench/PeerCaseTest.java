package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.dates.DatePreference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.polychron.bench.PeerValues.REFERENCE_WHEN_NONE;
import static org.assertj.core.api.Assertions.assertThat;

class PeerCaseTest {

    private static final String TEXT = "1 April 2014, a Tuesday in 2014";
    private static final DateMention DAY = PeerValuesTest.mention("1 April 2014", 0, "2014-04-01", Granularity.DAY);
    private static final DateMention YEAR = PeerValuesTest.mention("2014", 27, "2014", Granularity.YEAR);
    private static final PeerCase EXPECTS_YEAR = dateCase(Expectation.instant("2014", Grain.YEAR));
    private static final PeerCase EXPECTS_MARCH = dateCase(Expectation.instant("2014-03-01", Grain.DAY));
    private static final PeerCase NEGATIVE = new PeerCase(Suite.NEGATIVES, "n", "duckling", "en", "en", TEXT,
            REFERENCE_WHEN_NONE, null, false, List.of());

    @Test
    void shouldPassWhenTheLongestMentionGivesTheReading() {
        assertThat(EXPECTS_YEAR.passes(List.of(YEAR, DAY))).isTrue();
    }

    @Test
    void shouldFailWhenOnlyAShorterMentionGivesTheReading() {
        PeerCase expectsYearOnly = dateCase(Expectation.instant("2015", Grain.YEAR));
        DateMention shorter = PeerValuesTest.mention("2015", 27, "2015", Granularity.YEAR);
        assertThat(expectsYearOnly.passes(List.of(shorter, DAY))).isFalse();
    }

    @Test
    void shouldFailWhenNoMentionIsFound() {
        assertThat(EXPECTS_MARCH.passes(List.of())).isFalse();
    }

    @Test
    void shouldPassWhenAnyAlternativeMatches() {
        PeerCase ambiguous = new PeerCase(Suite.AMBIGUOUS, "a", "recognizers", "en", "en", TEXT, REFERENCE_WHEN_NONE,
                Grain.DAY, false, List.of(Expectation.instant("2013-04-01", Grain.DAY),
                Expectation.instant("2014-04-01", Grain.DAY)));
        assertThat(ambiguous.passes(List.of(DAY))).isTrue();
    }

    @Test
    void shouldPassANegativeCaseWhenNoMentionIsFound() {
        assertThat(NEGATIVE.passes(List.of())).isTrue();
        assertThat(NEGATIVE.passes(List.of(YEAR))).isFalse();
    }

    @Test
    void shouldReadDucklingsCasesForwardAsDucklingDoesAndTheOthersAsNews() {
        PeerCase dateparser = new PeerCase(Suite.DATES, "p", "dateparser", "en", "en", TEXT, REFERENCE_WHEN_NONE,
                Grain.DAY, false, List.of(Expectation.instant("2014-04-01", Grain.DAY)));
        assertThat(dateCase(Expectation.instant("2014-04-01", Grain.DAY)).preference())
                .isEqualTo(DatePreference.FUTURE);
        assertThat(dateparser.preference()).isEqualTo(DatePreference.NEAREST);
    }

    private static PeerCase dateCase(Expectation reading) {
        return new PeerCase(Suite.DATES, "d", "duckling", "en", "en", TEXT, REFERENCE_WHEN_NONE, reading.grain(), false,
                List.of(reading));
    }
}
