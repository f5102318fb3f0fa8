package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverlapsTest {

    @Test
    void shouldSpellRangesAsAMultirangeLiteralWithBcYearsAsPostgresqlReadsThem() {
        String literal = Overlaps.multirange(List.of(
                new DateRange(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 3)),
                new DateRange(LocalDate.of(-43, 3, 15), LocalDate.of(0, 12, 31))));

        assertThat(literal).isEqualTo("{[\"2014-04-01\",\"2014-04-03\"],[\"0044-03-15 BC\",\"0001-12-31 BC\"]}");
    }

    @Test
    void shouldRefuseNoRangeAtAll() {
        assertThatThrownBy(() -> Overlaps.multirange(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
