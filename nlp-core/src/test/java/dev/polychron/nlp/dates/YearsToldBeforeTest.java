package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertMentionOf;
import static org.assertj.core.api.Assertions.assertThat;

class YearsToldBeforeTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 4, 20, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The strike began in 1926. On 12 May, the union called it off.          | 12 May      | 1926-05-12 | DAY
            en | The mill burned down in 1887. On 3 October the owners sold the land.   | 3 October   | 1887-10-03 | DAY
            en | The mill burned down in 1887. On 3 October the owners sold it. On 9 November they left. | 9 November | 1887-11-09 | DAY
            en | The club won the league in 1995, losing only once, on 2 February.      | 2 February  | 1995-02-02 | DAY
            en | She moved to Lisbon in March 1962 and married there on 28 June.        | 28 June     | 1962-06-28 | DAY
            en | The bridge was planned in 1930. In September, building began.          | September   | 1930-09    | MONTH
            en | The treaty was drafted in 1648. On 14 August the envoys said it was ready. | 14 August | 1648-08-14 | DAY
            en | The tour was halted on 14 March 2020. Racing resumed on 1 August.     | 1 August    | 2020-08-01 | DAY
            en | The lake froze in January 1963. The ice was still there in March.     | March       | 1963-03    | MONTH
            vi | Tháng 5 năm 2009, giá lúa đã tăng 20% so với cùng kỳ năm 2008. Ngày 3 tháng 9, giá giảm. | Ngày 3 tháng 9 | 2009-09-03 | DAY
            es | La peste llegó en 1885. Entre el 10 y el 20 de julio cerraron las escuelas. | Entre el 10 y el 20 de julio | 1885-07-10 | DAY
            es | La peste llegó en 1885. Entre el 10 y el 20 de julio cerraron las escuelas. El alcalde huyó el 25 de julio. | 25 de julio | 1885-07-25 | DAY
            ru | Храм построили в 1911 году при священнике Петре Лаврове (род. 1870). В конце года его освятили. | конце года | 1911 | YEAR
            """)
    void shouldPutADayWithoutItsYearInTheFarYearToldBeforeIt(String language, String text, String expectedText,
                                                             String expectedValue, Granularity granularity) {
        assertMentionOf(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Rates were last raised in 2011. The next vote is set for 9 June.               | 9 June
            en | Rates were last raised in 2011. On 9 June the committee will vote again.       | 9 June
            en | The festival goes back to 1902 and is held on 9 June every year.              | 9 June
            en | The festival was founded in 1902. Its parade goes through town on 9 June.      | 9 June
            es | La fiesta se remonta a 1902 y se celebra el 9 de junio de cada año.            | 9 de junio
            en | The company, founded in 1998, said on 3 March it would cut jobs.                | 3 March
            en | The bank was founded in 1998. On 12 April it cut 200 jobs.                     | 12 April
            en | Since 1909 the club has played here. It lost on 3 March.                        | 3 March
            en | The 1990 champion won the race on 3 March.                                      | 3 March
            en | The bank opened on 4 May 1998. It posted its first loss on 3 January.          | 3 January
            en | The bank opened on 4 May 1998. Its founder was born in 1950. It lost on 3 June.  | 3 June
            en | The club moved in 1962. The new ground will open on 12 August.                  | 12 August
            en | The club moved in 1962. It is now run by fans. The ground opened on 12 August.  | 12 August
            en | The airline was founded in 1987. Its chief executive resigned on 2 February.    | 2 February
            en | The bank opened on 4 May 1998. Its chairman resigned on 3 January.             | 3 January
            en | The bank opened its first branch on 3 May 1998. It now has 200 staff. It cut 50 jobs on 9 August. | 9 August
            """)
    void shouldKeepTheReferencesYearWhereTheTextDoesNotTellOfTheYearBefore(String language, String text,
                                                                          String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .extracting(DateMention::value).asString().startsWith("2016");
    }

    /** A range of months without a year moves as a whole; one that crosses a new year ends in the year after. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El canal se abrió en 1952. Entre mayo y octubre de ese año pasaron mil barcos. | Entre mayo y octubre | 1952-05 | 1952-10
            en | The canal opened in 1952. Between May and October of that year a thousand ships passed. | Between May and October | 1952-05 | 1952-10
            es | El canal se abrió en 1952. Entre noviembre y febrero se heló dos veces.     | Entre noviembre y febrero | 1952-11 | 1953-02
            """)
    void shouldPutARangeOfMonthsInTheYearToldBeforeIt(String language, String text, String expectedText,
                                                      String expectedValue, String expectedEnd) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement().satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(expectedValue);
                    assertThat(mention.rangeEnd()).isEqualTo(expectedEnd);
                    assertThat(mention.granularity()).isEqualTo(Granularity.MONTH);
                    assertThat(mention.start()).isEqualTo(text.indexOf(expectedText));
                });
    }

    @Test
    void shouldKeepTheReferencesYearWhereTheYearIsToldInTheParagraphBefore() {
        String text = "The festival was founded in 1902.\nOn 9 June the town was full of visitors.";

        assertThat(extractor.extract(text, "en", REFERENCE))
                .filteredOn(mention -> mention.text().equals("9 June")).singleElement()
                .extracting(DateMention::value).isEqualTo("2016-06-09");
    }
}
