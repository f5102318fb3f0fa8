package dev.polychron.nlp.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class ReferenceYearTest {

    /** Late in the year, so that a day of the same year may lie well behind or well ahead of it. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 9, 20, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ceasefire began on 10 January.         | 10 January         | 2013-01-10
            en | The vote is set for December 14th.         | December 14th      | 2013-12-14
            el | Η σύνοδος έγινε στις 3 Φεβρουαρίου.        | 3 Φεβρουαρίου      | 2013-02-03
            vi | Hội nghị diễn ra ngày 2 tháng 12.          | ngày 2 tháng 12    | 2013-12-02
            de | Am 5. Januar begann der Streik.            | 5. Januar          | 2013-01-05
            fr | Le sommet aura lieu le 28 décembre.        | 28 décembre        | 2013-12-28
            ru | Переговоры начались 2 января.              | 2 января           | 2013-01-02
            en | The leap day, 29 February, was quiet.      | 29 February        | 2012-02-29
            """)
    void shouldPutADayWithoutYearInTheReferenceYearWhenItFallsLongBeforeOrAfterIt(String language, String text,
                                                                                  String expectedText,
                                                                                  String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Οι εκλογές ορίστηκαν για τον Ιανουάριο.    | Ιανουάριο          | 2013-01
            de | Im Dezember wird gewählt.                  | Dezember           | 2013-12
            ru | Выборы прошли в январе.                    | январе             | 2013-01
            vi | Quốc hội họp vào tháng 12.                 | tháng 12           | 2013-12
            """)
    void shouldPutAMonthWithoutYearInTheReferenceYear(String language, String text, String expectedText,
                                                      String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue);
    }
}
