package dev.polychron.timeline.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineMergerTest {

    @ParameterizedTest
    @CsvSource({
            "2014-04-01, 2014-04-01, true",
            "2014-04-01, 2014-04, true",
            "2014, 2014-04-01, true",
            "201, 2014, true",
            "2014-04-01, 2014-04-02, false",
            "2014-04, 2014-05, false",
            "2014, 2015, false"})
    void shouldAgreeOnDateOnlyWhenSameAtCommonGranularity(String a, String b, boolean expected) {
        assertThat(TimelineMerger.sameDate(a, b)).isEqualTo(expected);
        assertThat(TimelineMerger.sameDate(b, a)).isEqualTo(expected);
    }
}
