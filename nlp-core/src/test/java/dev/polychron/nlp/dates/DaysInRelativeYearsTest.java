package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class DaysInRelativeYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The plant closed on 3 May last year.       | 3 May last year        | 2012-05-03 | DAY
            ja | 去年8月19日に工場が閉鎖された。               | 去年8月19日             | 2012-08-19 | DAY
            vi | Nhà máy đóng cửa vào tháng 6 năm nay.      | tháng 6 năm nay        | 2013-06    | MONTH
            el | Το εργοστάσιο έκλεισε τον Μάρτιο πέρσι.    | Μάρτιο πέρσι           | 2012-03    | MONTH
            el | Πέρυσι τον Οκτώβριο η αγορά έπεσε.        | Πέρυσι τον Οκτώβριο    | 2012-10    | MONTH
            el | Πέρυσι, στις 9 Νοεμβρίου, πλημμύρισε ο ποταμός. | Πέρυσι, στις 9 Νοεμβρίου | 2012-11-09 | DAY
            el | Του χρόνου την 1η Ιουνίου ανοίγει το μουσείο. | Του χρόνου την 1η Ιουνίου | 2014-06-01 | DAY
            de | Das Werk schloss am 3. Mai letztes Jahr.   | 3. Mai letztes Jahr    | 2012-05-03 | DAY
            ru | Завод закрылся 3 мая в прошлом году.       | 3 мая в прошлом году   | 2012-05-03 | DAY
            en | The plant reopens june next year.          | june next year         | 2014-06    | MONTH
            en | The plant closed in March of last year.    | March of last year     | 2012-03    | MONTH
            es | Las obras acaban en junio del próximo año.  | junio del próximo año | 2014-06  | MONTH
            es | La fábrica cerró en marzo del año pasado.   | marzo del año pasado   | 2012-03    | MONTH
            it | Il ponte apre il 3 luglio del prossimo anno. | 3 luglio del prossimo anno | 2014-07-03 | DAY
            pt | A ponte abre em junho do próximo ano.      | junho do próximo ano   | 2014-06    | MONTH
            en | The plant reopens March in 1 year.         | March in 1 year        | 2014-03    | MONTH
            en | The plant reopens in October in 2 years.   | October in 2 years     | 2015-10    | MONTH
            ja | 去年の11月に店を閉めた。                    | 去年の11月              | 2012-11    | MONTH
            ko | 지난해 4분기 매출이 늘었다.                 | 지난해 4분기            | 2012-Q4    | QUARTER
            cs | Továrna loni v březnu zavřela.             | loni v březnu          | 2012-03    | MONTH
            ro | Fabrica s-a închis anul trecut în martie.  | anul trecut în martie  | 2012-03    | MONTH
            it | La legge vale dal primo gennaio dell'anno prossimo. | primo gennaio dell'anno prossimo | 2014-01-01 | DAY
            fr | La loi s'applique le 1er mars de l'année prochaine. | 1er mars de l'année prochaine | 2014-03-01 | DAY
            en | The law applies from the first of July next year. | the first of July next year | 2014-07-01 | DAY
            pl | Ustawa wejdzie w życie 1 lipca przyszłego roku. | 1 lipca przyszłego roku | 2014-07-01 | DAY
            """)
    void shouldPutAYearlessDayInTheYearNamedBesideIt(String language, String text, String expectedText,
                                                     String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            You may next year apply again.   | next year
            They march next year again.      | next year
            They marched next year again.    | next year
            """)
    void shouldLeaveALowerCaseMonthThatIsAVerbOutOfTheNamedYear(String text, String expectedText) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, "2014", Granularity.YEAR);
    }

    @Test
    void shouldLeaveAVerbBeforeACountOfYearsOutOfIt() {
        String text = "They marched in 2 years.";

        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), "in 2 years", "2015-02-12",
                Granularity.DAY);
    }
}
