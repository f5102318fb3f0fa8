package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
            en | Gudi Padwa 2008 opened the year.          | Gudi Padwa 2008         | 2008-04-06
            en | Wives fasted on Karva Chauth 2016.        | Karva Chauth 2016       | 2016-10-19
            en | Fields were cut after Vaisakhi 2024.      | Vaisakhi 2024           | 2024-04-13
            en | Songs for Rabindra Jayanti 2024.          | Rabindra Jayanti 2024   | 2024-05-08
            zh | 2019年排灯节很热闹。                          | 2019年排灯节             | 2019-10-27
            en | Effigies burned on Dussehra 2018.         | Dussehra 2018           | 2018-10-19
            de | Feuerwerk zu Vijayadashami 2018.          | Vijayadashami 2018      | 2018-10-19
            en | Lamps were lit for Lakshmi Puja 2019.     | Lakshmi Puja 2019       | 2019-10-27
            en | Chariots rolled at Ratha Yatra 2018.      | Ratha Yatra 2018        | 2018-07-14
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

    @Test
    void shouldGiveEveryNamedDayInEveryYearAYearCanBeWrittenWith() {
        List<HolidayRule> rules = DataFiles.lines(HolidayRule.class, "holiday-rules.tsv").stream()
                .map(line -> HolidayRule.parse(line.split("\t")[1])).toList();

        for (int year = 1000; year <= 2999; year += 23) {
            for (HolidayRule rule : rules) {
                LocalDate day = rule.in(year);
                assertThat(rule.lastDay(day)).isAfterOrEqualTo(day).isBefore(LocalDate.of(year + 2, 1, 1));
            }
        }
    }

    @Test
    void shouldDateAFestivalOfAYearItsMonthIsMissingFrom() {
        assertThat(extractor.extract("Guru Gobind Singh Jayanti 1567 was marked.", "en", REFERENCE))
                .extracting(DateMention::value).singleElement().asString().matches("156[78]-\\d\\d-\\d\\d");
    }
}
