package dev.polychron.timeline.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTest {

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void shouldJoinOverlappingAndTouchingRangesAndKeepTheRestApartInOrder() {
        assertThat(DateRange.merge(List.of(range("2014-01-01", "2014-12-31"), range("1914-07-28", "1914-07-28"),
                range("2014-04-01", "2015-03-01"), range("2015-03-01", "2015-03-01"),
                range("1918-11-11", "1918-11-11"))))
                .containsExactly(range("1914-07-28", "1914-07-28"), range("1918-11-11", "1918-11-11"),
                        range("2014-01-01", "2015-03-01"));
    }

    @Test
    void shouldSpanAnotherRangeOnEitherSide() {
        assertThat(range("2014-04-01", "2014-04-30").span(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-04-02")))
                .isEqualTo(range("2014-01-01", "2014-04-30"));
        assertThat(DateRange.merge(List.of())).isEmpty();
        assertThatThrownBy(() -> range("2014-02-01", "2014-01-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
