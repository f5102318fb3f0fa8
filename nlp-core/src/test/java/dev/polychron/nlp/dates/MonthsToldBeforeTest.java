package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class MonthsToldBeforeTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On 15 March 2010 he left. He came back on the 21st.            | on the 21st | 2010-03-21
            en | In March 2010 they met, and again on the 21st.                 | on the 21st | 2010-03-21
            en | On 28 May 2009 he left. He came back on the 3rd.               | on the 3rd  | 2009-06-03
            en | On 15 March 2010, at 10 a.m., he left. He came back on the 21st. | on the 21st | 2010-03-21
            fr | Le 15 mars 2010, il est parti. Il est revenu le 21.            | le 21       | 2010-03-21
            es | El 15 de marzo de 2010 se fue. Volvió el 21.                   | el 21       | 2010-03-21
            de | Am 15. März 2010 reiste er ab. Zurück kam er am 21.            | am 21       | 2010-03-21
            en | In 2010 he left. He is back on the 21st.                       | on the 21st | 2013-02-21
            en | On 15 March 2010 he left. In 2012 he is back on the 21st.      | on the 21st | 2013-02-21
            """)
    void shouldPutADayWithoutItsMonthInTheMonthToldBeforeIt(String language, String text, String expectedText,
                                                           String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .extracting(DateMention::value).isEqualTo(expectedValue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The club moved in 1962. The following March it won the cup.         | The following March  | 1963-03 | MONTH
            The club moved in 1962 and won the cup the following spring.       | the following spring | 1963-SP | SEASON
            The war began in August 1914. The following March the army attacked. | The following March | 1915-03 | MONTH
            The war began in August 1914. The following winter was cold.       | The following winter | 1914-WI | SEASON
            In 1962 the club moved. That March, it won the cup.                | That March           | 1962-03 | MONTH
            The club moved in 1962. It won the cup that spring.                | that spring          | 1962-SP | SEASON
            """)
    void shouldPutTheFollowingOrThatMonthOrSeasonAfterTheDateToldBeforeIt(String text, String expectedText,
                                                                          String expectedValue,
                                                                          Granularity granularity) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(expectedValue);
                    assertThat(mention.granularity()).isEqualTo(granularity);
                    assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The following March will be busy.
            He said that May would resign.
            In 1962 the club moved. It is clear that spring comes early.
            In 1962 the club moved. Analysts fear that fall in prices.
            The tower was built in 1962. Buildings that mar the view were torn down.
            """)
    void shouldReadNoFollowingOrThatMonthWithoutADateBeforeOrInAnotherClause(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .noneMatch(mention -> mention.granularity() == Granularity.MONTH
                        || mention.granularity() == Granularity.SEASON);
    }

    @Test
    void shouldKeepTheReferencesMonthWhereTheToldDateIsAParagraphAway() {
        String text = "On 15 March 2010 he left. " + "Nothing happened for a long time. ".repeat(10)
                + "He is back on the 21st.";

        assertThat(extractor.extract(text, "en", REFERENCE))
                .filteredOn(mention -> mention.text().equals("on the 21st")).singleElement()
                .extracting(DateMention::value).isEqualTo("2013-02-21");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Tháng 3 năm 2017, công ty lỗ. Cuối tháng, công ty phá sản.   | Cuối tháng           | 2017-03 | END
            vi | Ngày 5 tháng 3 năm 2017 công ty họp. Đầu tháng, giá tăng.    | Đầu tháng            | 2017-03 | START
            en | In March 1990 the war began. By the end of the month, the army had left. | the end of the month | 1990-03 | END
            en | On 3 May 2010 the firm was sold. In the middle of the month, shares fell. | the middle of the month | 2010-05 | MID
            el | Τον Μάρτιο του 1990 ξέσπασε ο πόλεμος. Στα τέλη του μήνα ο στρατός αποχώρησε. | τέλη του μήνα | 1990-03 | END
            """)
    void shouldGiveAPartOfTheMonthSaidWithoutItsNameToTheMonthToldBeforeIt(String language, String text,
            String expectedText, String expectedValue, Modifier expectedModifier) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement().satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(expectedValue);
                    assertThat(mention.granularity()).isEqualTo(Granularity.MONTH);
                    assertThat(mention.modifier()).isEqualTo(expectedModifier);
                });
    }

    @Test
    void shouldFindNoPartOfAMonthInAClauseThatLooksAheadWhenADateWasToldLongBefore() {
        String text = "In 1990 the war began. " + "The talks went on. ".repeat(20)
                + "The army will leave at the end of the month.";

        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::text).containsExactly("1990");
    }

    /** A clause that looks ahead with no date told before it: the reference's month. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | At the end of the month, workers will leave.                | the end of the month     | END
            en | The deal will close by the end of the month.                | the end of the month     | END
            el | Το μουσείο θα παραμείνει κλειστό μέχρι το τέλος του μήνα.    | το τέλος του μήνα        | END
            vi | Cuối tháng, giá sẽ tăng.                                    | Cuối tháng               | END
            """)
    void shouldGiveAPartOfTheMonthInAClauseThatLooksAheadToTheReferencesMonth(String language, String text,
            String expectedText, Modifier expectedModifier) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement().satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(REFERENCE.toString().substring(0, 7));
                    assertThat(mention.modifier()).isEqualTo(expectedModifier);
                });
    }

    /** Without a month told before, the reference's month would be wrong in a history: no date. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Cuối tháng, giá tăng.
            vi | Năm 2017, công ty lỗ. Cuối tháng, công ty phá sản.
            vi | Tháng 3 năm 2017 công ty lỗ, lương cuối tháng bị cắt.
            en | Rent is due at the end of the month.
            en | In 1990 the war began. At the end of the month, the army left.
            en | In March 1990 the war began. The end of the month of Ramadan came.
            en | In 1990 the war began. The army will leave at the end of the month.
            vi | Tháng 1 năm 2013, giá xăng tăng. Dự kiến cuối tháng giá sẽ giảm.
            """)
    void shouldFindNoPartOfAMonthWhenNoMonthWasToldBefore(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .noneMatch(mention -> mention.granularity() == Granularity.MONTH && mention.modifier() != null);
    }
}
