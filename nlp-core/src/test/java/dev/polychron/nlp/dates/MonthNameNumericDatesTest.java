package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
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
            fr | Il est né le 31 octobre 74.           | 31 octobre 74  | 1974-10-31 | DAY
            fr | Le club fut fondé le 1er avril 78, à Lyon. | 1er avril 78 | 1978-04-01 | DAY
            fr | La crise éclata en juillet 98.        | juillet 98     | 1998-07    | MONTH
            en | The mill closed on 14th April 15.     | 14th April 15  | 2015-04-14 | DAY
            en | The mill closed in April of 87.       | April of 87    | 1987-04    | MONTH
            en | The mill closed in July '98.          | July '98       | 1998-07    | MONTH
            pt | A fábrica fechou em 23 de novembro de 82. | 23 de novembro de 82 | 1982-11-23 | DAY
            """)
    void shouldReadATwoDigitYearThatClosesItsClauseAfterAMonthName(String language, String text,
                                                                   String expectedText, String expectedValue,
                                                                   Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le 31 octobre 74 personnes sont venues.   | 2012-10-31
            fr | Le 31 octobre, 74 personnes sont venues.  | 2012-10-31
            en | On 14 April 15 soldiers died.             | 2012-04-14
            en | On 14 April, 15 soldiers died.            | 2012-04-14
            de | Am 3. Mai 12 Menschen verletzt.           | 2013-05-03
            en | On 5 November 20 people were arrested.    | 2012-11-05
            en | The vote is on March 12.                  | 2013-03-12
            de | Am 3. März 2000 Demonstranten zogen durch die Stadt. | 2013-03-03
            de | Am 3. März 500 Demonstranten zogen durch die Stadt.  | 2013-03-03
            fr | Le 3 mars 2000 manifestants ont défilé.   | 2012-03-03
            es | El 3 de marzo 500 personas marcharon.     | 2012-03-03
            it | Il 3 marzo 2000 manifestanti hanno sfilato. | 2012-03-03
            pl | 3 marca 2000 demonstrantów przeszło.      | 2013-03-03
            ru | 3 марта 2000 демонстрантов вышли на улицы. | 2012-03-03
            fr | Le 1er janvier 2000 euros ont été versés.  | 2013-01-01
            en | On 3 March, 2000 soldiers died.           | 2012-03-03
            de | Am 3. März, 2000 Soldaten wurden getötet. | 2012-03-03
            fr | Le 3 mars, 2000 soldats sont morts.       | 2012-03-03
            """)
    void shouldReadNoYearWhereTheNumberIsACountOrTheDay(String language, String text, String expected) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Charlemagne was crowned on 25 December 800 in Rome.
            en | On 24 August 79 AD, Vesuvius erupted.
            de | Am 15. März 44 v. Chr. starb Caesar.
            fr | Le 15 mars 44 av. J.-C., César mourut.
            """)
    void shouldGiveNoDayOfTheReferenceYearBeforeAYearOfAnotherEra(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .noneMatch(value -> value.startsWith("2013"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Am 3. März 2000 in Berlin wurde sie geboren. | 3. März 2000       | 2000-03-03
            de | Seit dem 3. März 2000 Mitglied des Bundestages. | 3. März 2000    | 2000-03-03
            de | Er starb († 28. Januar 814 in Aachen).        | 28. Januar 814     | 0814-01-28
            es | Carlomagno murió el 28 de enero de 814.      | 28 de enero de 814 | 0814-01-28
            pt | Morreu a 28 de janeiro de 814 em Aachen.     | 28 de janeiro de 814 | 0814-01-28
            en | On 6 June 1944 troops landed in Normandy.    | 6 June 1944        | 1944-06-06
            en | On 3 March 2000 soldiers were sent.          | 3 March 2000       | 2000-03-03
            en | On 6 June, 1944 troops landed in Normandy.   | 6 June, 1944       | 1944-06-06
            fr | Le 1er janvier 2000, il a été élu.           | 1er janvier 2000   | 2000-01-01
            ru | Карл был коронован 25 декабря 800 года в Риме. | 25 декабря 800  | 0800-12-25
            uk | Карла коронували 25 грудня 800 року в Римі.  | 25 грудня 800      | 0800-12-25
            pl | Karol został koronowany 25 grudnia 800 roku. | 25 grudnia 800     | 0800-12-25
            de | Als am 17. Juni 1953 Arbeiter streikten, kam es zum Aufstand. | 17. Juni 1953 | 1953-06-17
            """)
    void shouldReadTheYearAfterADayAndMonthWhereNoCountFollowsIt(String language, String text, String expectedText,
                                                                 String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Am 5. März 120:98 gewann Alba.
            de | Am 28. Januar 814 Soldaten.
            fr | Le 5 mai 300 en garde à vue.
            fr | Le 5 mai 300 – 400 manifestants.
            es | El 5 de mayo de 300 personas fueron detenidas.
            en | * 5 May 300 people were evacuated.
            ru | 5 мая 300 человек вышли на площадь.
            """)
    void shouldReadNoThreeDigitYearInACountOrScoreAfterADayAndMonth(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .noneMatch(value -> value.startsWith("0"));
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
