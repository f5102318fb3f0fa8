package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class StreetNamesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2014, 5, 10, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"Cửa hàng ở số 12 đường 3 tháng 2, quận 10.", "Anh sống trên đường 30 tháng 4 ở Nha Trang.",
            "Quảng trường 19 tháng 8 đông người.", "Xe qua cầu 30 tháng 4 rất chậm."})
    void shouldFindNoDateInAStreetNamedAfterADay(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sau ngày 30 tháng 4, họ về quê.                  | ngày 30 tháng 4 | 2014-04-30
            Ngày 3 tháng 2 năm 1930, Đảng được thành lập.    | Ngày 3 tháng 2 năm 1930 | 1930-02-03
            """)
    void shouldKeepTheDayItself(String text, String expectedText, String expectedValue) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).singleElement()
                .extracting(DateMention::text, DateMention::value).containsExactly(expectedText, expectedValue);
    }
}
