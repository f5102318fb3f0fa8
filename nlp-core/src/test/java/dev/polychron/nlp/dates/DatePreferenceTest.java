package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class DatePreferenceTest {

    /** A Tuesday in November. */
    private static final LocalDateTime TUESDAY = LocalDateTime.of(2014, 11, 18, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEAREST | en | Friday                        | Friday      | 2014-11-21 | DAY
            NEAREST | en | Saturday                      | Saturday    | 2014-11-15 | DAY
            NEAREST | en | Tuesday                       | Tuesday     | 2014-11-18 | DAY
            FUTURE  | en | Friday                        | Friday      | 2014-11-21 | DAY
            FUTURE  | en | Saturday                      | Saturday    | 2014-11-22 | DAY
            FUTURE  | en | Tuesday                       | Tuesday     | 2014-11-25 | DAY
            FUTURE  | de | Samstag                       | Samstag     | 2014-11-22 | DAY
            FUTURE  | hu | szombaton                     | szombaton   | 2014-11-22 | DAY
            FUTURE  | ca | dissabte                      | dissabte    | 2014-11-22 | DAY
            PAST    | en | Friday                        | Friday      | 2014-11-14 | DAY
            PAST    | en | Tuesday                       | Tuesday     | 2014-11-18 | DAY
            PAST    | fr | vendredi                      | vendredi    | 2014-11-14 | DAY
            """)
    void shouldReadAWeekdayNamedAloneOnThePreferredSide(DatePreference preference, String language, String text,
                                                       String expectedText, String expectedValue,
                                                       Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, TUESDAY, preference), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FUTURE  | en | The minister resigned on Friday.     | Friday      | 2014-11-14 | DAY
            FUTURE  | en | Police arrested him on 3 March.      | 3 March     | 2014-03-03 | DAY
            PAST    | en | They will meet on Friday.            | Friday      | 2014-11-21 | DAY
            PAST    | en | The law will take effect on 1 January. | 1 January | 2015-01-01 | DAY
            FUTURE  | en | It rained last March.                | last March  | 2014-03    | MONTH
            FUTURE  | en | The treaty of 3 March 2014           | 3 March 2014 | 2014-03-03 | DAY
            """)
    void shouldLetTheTextSayFirst(DatePreference preference, String language, String text, String expectedText,
                                  String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, TUESDAY, preference), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEAREST | en | 3 March        | 3 March        | 2014-03-03 | DAY
            FUTURE  | en | 3 March        | 3 March        | 2015-03-03 | DAY
            FUTURE  | en | 3 November     | 3 November     | 2014-11-03 | DAY
            FUTURE  | en | in October     | October        | 2015-10    | MONTH
            FUTURE  | fr | le 3 mars      | 3 mars         | 2015-03-03 | DAY
            FUTURE  | vi | ngày 3 tháng 3 | ngày 3 tháng 3 | 2015-03-03 | DAY
            PAST    | en | 3 December     | 3 December     | 2013-12-03 | DAY
            PAST    | en | 30 November    | 30 November    | 2014-11-30 | DAY
            PAST    | de | im Dezember    | Dezember       | 2013-12    | MONTH
            PAST    | en | 29 February    | 29 February    | 2012-02-29 | DAY
            NEAREST | en | on the 2nd     | on the 2nd     | 2014-11-02 | DAY
            FUTURE  | en | on the 2nd     | on the 2nd     | 2014-12-02 | DAY
            FUTURE  | en | on the 20th    | on the 20th    | 2014-11-20 | DAY
            PAST    | en | on the 20th    | on the 20th    | 2014-10-20 | DAY
            FUTURE  | es | el día 9       | el día 9       | 2014-12-09 | DAY
            """)
    void shouldReadADayWithoutYearOrMonthOnThePreferredSide(
            DatePreference preference, String language, String text, String expectedText, String expectedValue,
            Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, TUESDAY, preference), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEAREST | The strike will run from Monday to Wednesday. | from Monday to Wednesday | 2014-11-24 | 2014-11-26
            NEAREST | The fair is open from Friday to Monday.       | from Friday to Monday    | 2014-11-21 | 2014-11-24
            FUTURE  | Between Monday and Wednesday | Between Monday and Wednesday | 2014-11-24 | 2014-11-26
            PAST    | Between Monday and Wednesday | Between Monday and Wednesday | 2014-11-10 | 2014-11-12
            """)
    void shouldKeepTheTwoWeekdaysOfARangeInOneWeek(DatePreference preference, String text, String expectedText,
                                                   String expectedStart, String expectedEnd) {
        assertThat(extractor.extract(text, "en", TUESDAY, preference)).singleElement().satisfies(range -> {
            assertThat(range.text()).isEqualTo(expectedText);
            assertThat(range.value()).isEqualTo(expectedStart);
            assertThat(range.rangeEnd()).isEqualTo(expectedEnd);
        });
    }
}
