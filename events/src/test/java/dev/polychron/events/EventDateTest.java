package dev.polychron.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDateTest {

    @ParameterizedTest
    @CsvSource({
            "2014-04-01, 2014-04-01, 2014-04-01",
            "2014-04-01T19:30, 2014-04-01, 2014-04-01",
            "2014-02, 2014-02-01, 2014-02-28",
            "2014-Q2, 2014-04-01, 2014-06-30",
            "2014-W07, 2014-02-10, 2014-02-16",
            "2014-W07-WE, 2014-02-15, 2014-02-16",
            "2014-SP, 2014-03-01, 2014-05-31",
            "2014, 2014-01-01, 2014-12-31",
            "201, 2010-01-01, 2019-12-31",
            "19, 1900-01-01, 1999-12-31",
            "-05, -0499-01-01, -0400-12-31",
            "-01, -0099-01-01, 0000-12-31"})
    void shouldBoundTimexValueWhenGranularityVaries(String value, LocalDate from, LocalDate to) {
        assertThat(EventDate.bounds(value)).containsExactly(from, to);
    }

    @Test
    void shouldExtendToRangeEndWhenDateIsRange() {
        EventDate date = EventDate.of("2004", Granularity.YEAR, null, "2005");

        assertThat(date.from()).isEqualTo(LocalDate.of(2004, 1, 1));
        assertThat(date.to()).isEqualTo(LocalDate.of(2005, 12, 31));
    }

    @Test
    void shouldRejectValueWhenItIsNotTimex() {
        assertThatThrownBy(() -> EventDate.bounds("April")).isInstanceOf(IllegalArgumentException.class);
    }
}
