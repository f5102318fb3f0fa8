package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Festivals of the Hindu calendars, against the days India's published almanacs give for them. */
class HinduFestivalsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The city glowed on Diwali 2019.           | Diwali 2019             | 2019-10-27
            en | Sweets were sold for Dhanteras 2019.      | Dhanteras 2019          | 2019-10-25
            en | Colours filled the streets on Holi 2019.  | Holi 2019               | 2019-03-21
            en | Bonfires burned for Holika Dahan 2019.    | Holika Dahan 2019       | 2019-03-20
            en | Sisters tied threads on Raksha Bandhan 2018. | Raksha Bandhan 2018   | 2018-08-26
            en | Temples stayed open for Janmashtami 2019. | Janmashtami 2019        | 2019-08-23
            en | Pilgrims fasted on Maha Shivaratri 2020.  | Maha Shivaratri 2020    | 2020-02-21
            en | Kites flew on Makar Sankranti 2018.       | Makar Sankranti 2018    | 2018-01-14
            en | Kites flew on Makar Sankranti 2019.       | Makar Sankranti 2019    | 2019-01-15
            en | The harvest fair opened on Vaisakhi 2018. | Vaisakhi 2018           | 2018-04-14
            en | Prayers at dawn on Chhath 2019.           | Chhath 2019             | 2019-11-02
            de | Lichter zu Diwali 2019 in Berlin.         | Diwali 2019             | 2019-10-27
            zh | 2019年排灯节很热闹。                          | 2019年排灯节             | 2019-10-27
            """)
    void shouldDateFestivalByTheHinduCalendar(String language, String text, String mention, String value) {
        DateMention date = extractor.extract(text, language, REFERENCE).stream()
                .filter(d -> d.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(extractor.extract(text, language, REFERENCE).toString()));
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.rangeEnd()).isNull();
    }

    @Test
    void shouldGiveAMonthAtTheTurnOfTheYearInEveryYearOrTheNext() {
        HolidayRule pausha = HolidayRule.parse("hindu:pausha-7");

        IntStream.rangeClosed(1990, 2030).forEach(year -> assertThat(pausha.in(year))
                .isBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 31)));
    }
}
