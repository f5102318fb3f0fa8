package dev.polychron.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrainTest {

    private static final String MINUTE_VALUE = "2014-04-01T19:30";

    @Test
    void shouldCutEachGrainToItsIsoPrefix() {
        assertThat(Grain.YEAR.cut(MINUTE_VALUE)).isEqualTo("2014");
        assertThat(Grain.QUARTER.cut(MINUTE_VALUE)).isEqualTo("2014-04");
        assertThat(Grain.MONTH.cut(MINUTE_VALUE)).isEqualTo("2014-04");
        assertThat(Grain.WEEK.cut(MINUTE_VALUE)).isEqualTo("2014-04-01");
        assertThat(Grain.DAY.cut(MINUTE_VALUE)).isEqualTo("2014-04-01");
        assertThat(Grain.HOUR.cut(MINUTE_VALUE)).isEqualTo("2014-04-01T19");
        assertThat(Grain.MINUTE.cut(MINUTE_VALUE)).isEqualTo(MINUTE_VALUE);
        assertThat(Grain.SECOND.cut("2014-04-01T19:30:05.250")).isEqualTo("2014-04-01T19:30:05");
    }

    @Test
    void shouldKeepTheValueWhenItIsCoarserThanTheGrain() {
        assertThat(Grain.DAY.cut("2014-04")).isEqualTo("2014-04");
    }

    @Test
    void shouldCallDayToYearCoarseWhenAskedWhichGrainsAreCoarse() {
        assertThat(Grain.values()).filteredOn(Grain::coarse)
                .containsExactlyInAnyOrder(Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR);
    }

    @Test
    void shouldReadTheLowerCaseNameWhenGivenThePeersGrain() {
        assertThat(Grain.of("quarter")).isEqualTo(Grain.QUARTER);
    }

    @Test
    void shouldStepBackOneUnitWhenTheValueHasTheGrain() {
        assertThat(Grain.YEAR.minusOne("2018")).isEqualTo("2017");
        assertThat(Grain.MONTH.minusOne("2018-01")).isEqualTo("2017-12");
        assertThat(Grain.QUARTER.minusOne("2018-01")).isEqualTo("2017-10");
        assertThat(Grain.WEEK.minusOne("2018-01-01")).isEqualTo("2017-12-25");
        assertThat(Grain.DAY.minusOne("2016-03-01")).isEqualTo("2016-02-29");
        assertThat(Grain.HOUR.minusOne("2016-11-08T00")).isEqualTo("2016-11-07T23");
        assertThat(Grain.MINUTE.minusOne("2016-11-07T17:00")).isEqualTo("2016-11-07T16:59");
        assertThat(Grain.SECOND.minusOne("2016-11-07T17:12:00")).isEqualTo("2016-11-07T17:11:59");
    }

    @Test
    void shouldGiveNothingWhenTheValueIsNotOfTheGrain() {
        assertThat(Grain.DAY.minusOne("2016-11")).isNull();
        assertThat(Grain.YEAR.minusOne("BC01")).isNull();
    }
}
