package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectationTest {

    private static final Expectation APRIL_FIRST = Expectation.instant("2014-04-01", Grain.DAY);
    private static final Expectation FIRST_TO_THIRD =
            Expectation.interval("2014-04-01", Grain.DAY, List.of("2014-04-03"));
    private static final Expectation ONE_GRAIN_EITHER =
            Expectation.interval("2016-11-04", Grain.DAY, List.of("2016-11-22", "2016-11-21"));

    @Test
    void shouldReadAnInstantFromTheEndOfARangeOnlyWhenAskedForTheEnd() {
        DateMention range = new DateMention("1–3 April 2014", 0, 14, "2014-04-01", Granularity.DAY, null,
                "2014-04-03", false);

        assertThat(Expectation.instant("2014-04-03", Grain.DAY).matchesEnd(range)).isTrue();
        assertThat(Expectation.instant("2014-04-03", Grain.DAY).matches(range)).isFalse();
        assertThat(FIRST_TO_THIRD.matchesEnd(range)).isFalse();
        assertThat(APRIL_FIRST.matchesEnd(instant("2014-04-01", Granularity.DAY))).isFalse();
    }

    @Test
    void shouldMatchWhenTheValueCutAtTheGrainIsExpected() {
        assertThat(APRIL_FIRST.matches(instant("2014-04-01T19:30", Granularity.MINUTE))).isTrue();
    }

    @Test
    void shouldNotMatchWhenTheValueIsCoarserThanExpected() {
        assertThat(APRIL_FIRST.matches(instant("2014-04", Granularity.MONTH))).isFalse();
    }

    @Test
    void shouldMatchTheMondayWhenTheMentionIsAWeek() {
        assertThat(Expectation.instant("2013-02-11", Grain.WEEK).matches(instant("2013-W07", Granularity.WEEK)))
                .isTrue();
    }

    @Test
    void shouldMatchTheFirstMonthWhenTheMentionIsAQuarter() {
        assertThat(Expectation.instant("2013-04", Grain.QUARTER).matches(instant("2013-Q2", Granularity.QUARTER)))
                .isTrue();
    }

    @Test
    void shouldMatchAnIntervalWhenBothEndsAreExpected() {
        assertThat(FIRST_TO_THIRD.matches(interval("2014-04-01", "2014-04-03"))).isTrue();
    }

    @Test
    void shouldNotMatchAnIntervalWhenTheMentionHasNoEnd() {
        assertThat(FIRST_TO_THIRD.matches(instant("2014-04-01", Granularity.DAY))).isFalse();
    }

    @Test
    void shouldNotMatchAnIntervalWhenTheEndDiffers() {
        assertThat(FIRST_TO_THIRD.matches(interval("2014-04-01", "2014-04-04"))).isFalse();
    }

    @Test
    void shouldMatchAnyAcceptedEndWhenThePeerEndIsAmbiguous() {
        assertThat(ONE_GRAIN_EITHER.matches(interval("2016-11-04", "2016-11-22"))).isTrue();
        assertThat(ONE_GRAIN_EITHER.matches(interval("2016-11-04", "2016-11-21"))).isTrue();
        assertThat(ONE_GRAIN_EITHER.matches(interval("2016-11-04", "2016-11-23"))).isFalse();
    }

    @Test
    void shouldMatchAnInstantWhenTheMentionIsAnIntervalStartingThere() {
        assertThat(APRIL_FIRST.matches(interval("2014-04-01", "2014-04-03"))).isTrue();
    }

    @Test
    void shouldMatchOnlyTheExactGrainWhenTheReadingIsWhole() {
        Expectation year = Expectation.whole("1935", Grain.YEAR);
        assertThat(year.matches(instant("1935", Granularity.YEAR))).isTrue();
        assertThat(year.matches(instant("1935-06-01", Granularity.DAY))).isFalse();
    }

    private static DateMention instant(String value, Granularity granularity) {
        return new DateMention("text", 0, 4, value, granularity, null, null, false);
    }

    private static DateMention interval(String value, String rangeEnd) {
        return new DateMention("text", 0, 4, value, Granularity.DAY, null, rangeEnd, false);
    }
}
