package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ErasInParenthesesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            橋は1964年（昭和39年）10月1日に開通した。 | 1964年（昭和39年）10月1日 | 1964-10-01 | DAY
            工場は2001年(平成13年)4月に閉鎖された。   | 2001年(平成13年)4月      | 2001-04    | MONTH
            """)
    void shouldGiveTheMonthAfterAnEraInParenthesesTheYearBeforeIt(String text, String expected, String value,
                                                                  Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "ja", REFERENCE), expected, value, granularity);
    }

    @Test
    void shouldKeepTheMonthApartWhenTheYearInParenthesesIsAnother() {
        // apart, the day of a past clause takes the year told right before it, the era's
        assertThat(extractor.extract("1964年（昭和40年）10月1日に開通した。", "ja", REFERENCE))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("1964年", "1964"), tuple("昭和40年", "1965"), tuple("10月1日", "1965-10-01"));
    }
}
