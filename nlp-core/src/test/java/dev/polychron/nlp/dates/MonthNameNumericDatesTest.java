package dev.polychron.nlp.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class MonthNameNumericDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Born 31-Oct-74 in Leeds.              | 31-Oct-74    | 1974-10-31
            en | Logged on 31/Oct/1974.                | 31/Oct/1974  | 1974-10-31
            nl | Ingediend op 05-aug-2016.             | 05-aug-2016  | 2016-08-05
            de | Stand: 12-Mär-2014.                   | 12-Mär-2014  | 2014-03-12
            en | Filed 2019/aug/01 by the clerk.       | 2019/aug/01  | 2019-08-01
            uk | Запис 2020-берез-11.                  | 2020-берез-11 | 2020-03-11
            es | Vence sep-23-2020.                    | sep-23-2020  | 2020-09-23
            sv | Det hände 14april 2015.               | 14april 2015 | 2015-04-14
            """)
    void shouldReadADateWithItsMonthNamedBetweenDigits(String language, String text, String expectedText,
                                                      String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hu | A 2013. augusztus 20-i ünnepen.       | 2013. augusztus 20-i | 2013-08-20
            hu | Az 1989. október 23. fordulópont.     | 1989. október 23.    | 1989-10-23
            hu | Ez 2014. áprilisában történt.         | 2014. áprilisában    | 2014-04
            """)
    void shouldReadTheYearFirstWhereTheLanguageWritesItSo(String language, String text, String expectedText,
                                                          String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Flight 12-Oct/2014 was late.
            en | The score was 31-Oct-7410.
            """)
    void shouldReadNothingWhenTheSeparatorsDifferOrTheYearRunsOn(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).noneMatch(m -> m.text().contains("Oct"));
    }
}
