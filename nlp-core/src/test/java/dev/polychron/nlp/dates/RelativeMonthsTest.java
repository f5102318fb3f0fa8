package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class RelativeMonthsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2019, 6, 12, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Du 14 au 18 juin dernier, le festival a fait le plein.  | Du 14 au 18 juin dernier          | 2018-06-14 | 2018-06-18
            fr | Du 2 au 5 juin dernier, il a plu sans arrêt.           | Du 2 au 5 juin dernier            | 2019-06-02 | 2019-06-05
            fr | Le salon aura lieu du 3 au 6 juin prochain.            | du 3 au 6 juin prochain           | 2020-06-03 | 2020-06-06
            fr | Du 28 décembre au 3 janvier dernier, la station était pleine. | Du 28 décembre au 3 janvier dernier | 2018-12-28 | 2019-01-03
            es | La feria fue del 20 al 24 de junio pasado.            | del 20 al 24 de junio pasado      | 2018-06-20 | 2018-06-24
            it | La mostra si è tenuta dal 20 al 24 giugno scorso.      | dal 20 al 24 giugno scorso        | 2018-06-20 | 2018-06-24
            """)
    void shouldMoveARangeOfDaysToTheLastOrNextOneTheWordAfterItNames(String language, String text, String span,
                                                                   String value, String rangeEnd) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), span, text.indexOf(span), value, rangeEnd,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le 15 juin dernier, 2 000 élèves ont défilé.          | 15 juin dernier      | 2018-06-15
            fr | Le 11 juin dernier, la pluie est tombée.              | 11 juin dernier      | 2019-06-11
            es | El 15 de junio pasado, 40 buques zarparon.            | 15 de junio pasado   | 2018-06-15
            it | Lo scorso 15 giugno, 300 persone hanno marciato.      | scorso 15 giugno     | 2018-06-15
            """)
    void shouldMoveADayOfAMonthByTheWordAfterOrBeforeItThoughANumberFollows(String language, String text,
                                                                            String span, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), span, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Les 14, 15 et 16 juin dernier, la ville a fait la fête. | 14=2018-06-14, 15=2018-06-15, 16 juin dernier=2018-06-16
            """)
    void shouldMoveEveryDayListedWithTheDayTheWordFollows(String language, String text, String expected) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .extracting(mention -> mention.text() + "=" + mention.value())
                .containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El pasado 14, 15 y 16 de junio hubo huelga.   | 14@10=2018-06-14 DAY, 15@14=2018-06-15 DAY, 16 de junio@19=2018-06-16 DAY
            it | Lo scorso 8, 9 e 10 giugno c'era il mercato.  | 8@10=2019-06-08 DAY, 9@13=2019-06-09 DAY, 10 giugno@17=2019-06-10 DAY
            es | El próximo 2, 3 y 4 de junio abre la feria.   | 2@11=2020-06-02 DAY, 3@14=2020-06-03 DAY, 4 de junio@18=2020-06-04 DAY
            """)
    void shouldMoveEveryDayListedAfterTheWordBeforeTheList(String language, String text, String expected) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .extracting(OnlyMention::shown)
                .containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | En avril dernier, 5 000 emplois ont été créés. | avril dernier | 2019-04
            id | Pada Desember lalu, 5.000 pekerja dirumahkan. | Desember lalu | 2018-12
            id | Pada Februari mendatang, 200 sekolah dibuka. | Februari mendatang | 2020-02
            """)
    void shouldReadAMonthAloneWithItsWordThoughANumberFollows(String language, String text, String span,
                                                             String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), span, value, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le 15 juin, derniers préparatifs avant la fête.   | 15 juin   | 2019-06-15
            fr | Le 15 juin derniers réglages, puis départ.        | 15 juin   | 2019-06-15
            fr | Le 15 juin 2017 dernier délai pour le dossier.    | 15 juin 2017 | 2017-06-15
            """)
    void shouldMoveNoDayWhereTheWordIsNoneOfItsOrItsYearIsWritten(String language, String text, String span,
                                                                 String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), span, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le 3 avril dernier, tout a changé.
            es | El 3 de abril pasado todo cambió.
            """)
    void shouldReadADayBeforeTheMonthWithItsWordNotTheMonthAlone(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::granularity)
                .containsExactly(Granularity.DAY);
    }
}
