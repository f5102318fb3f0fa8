package dev.polychron.support.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoDateTimesTest {

    @ParameterizedTest
    @CsvSource({
            "2014-04-01, 2014-04-01T00:00Z",
            "2014-04-01T19:30, 2014-04-01T19:30Z",
            "2014-04-01T19:30:00+02:00, 2014-04-01T19:30+02:00",
            "2014-04-01T19:30:00Z, 2014-04-01T19:30Z"})
    void shouldReadMomentWhenValueIsIso(String value, String expected) {
        assertThat(IsoDateTimes.parse("referenceDate", value)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2014-13-01", "+99999-01-01T00:00:00Z", "0000-01-01", "1/4/2014"})
    void shouldRejectWithBadRequestWhenValueIsNotUsable(String value) {
        assertThatThrownBy(() -> IsoDateTimes.parse("referenceDate", value))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(400))
                .hasMessageContaining("referenceDate");
    }
}
