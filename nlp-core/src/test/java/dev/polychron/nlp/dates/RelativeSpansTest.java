package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeSpansTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Prices rose over the past five days. | past five days | 2013-02-07 | 2013-02-11 | DAY
            en | The talks go on for the next 3 weeks. | next 3 weeks | 2013-W08 | 2013-W10 | WEEK
            en | Turnout fell in the last two years. | last two years | 2011 | 2012 | YEAR
            de | In den nächsten drei Monaten wird gebaut. | nächsten drei Monaten | 2013-03 | 2013-05 | MONTH
            de | Die letzten zwei Jahre waren schwer. | letzten zwei Jahre | 2011 | 2012 | YEAR
            fr | Il a plu les trois derniers jours. | trois derniers jours | 2013-02-09 | 2013-02-11 | DAY
            fr | Les prix ont baissé ces 2 années passées. | 2 années passées | 2011 | 2012 | YEAR
            fr | Le chantier durera 3 mois suivants. | 3 mois suivants | 2013-03 | 2013-05 | MONTH
            it | Nei prossimi 2 anni cambierà tutto. | prossimi 2 anni | 2014 | 2015 | YEAR
            es | Los precios subieron los últimos 4 meses. | últimos 4 meses | 2012-10 | 2013-01 | MONTH
            ru | Последние 2 недели шли дожди. | Последние 2 недели | 2013-W05 | 2013-W06 | WEEK
            el | Τις τελευταίες 3 ημέρες έβρεχε. | τελευταίες 3 ημέρες | 2013-02-09 | 2013-02-11 | DAY
            el | Τις τελευταίες 3 μέρες έβρεχε. | τελευταίες 3 μέρες | 2013-02-09 | 2013-02-11 | DAY
            el | Τα επόμενα 3 χρόνια θα χτίζουν. | επόμενα 3 χρόνια | 2014 | 2016 | YEAR
            vi | Giá tăng mạnh trong 3 tháng qua. | 3 tháng qua | 2012-11 | 2013-01 | MONTH
            vi | Giá giảm trong 2 năm vừa rồi. | 2 năm vừa rồi | 2011 | 2012 | YEAR
            vi | Dự án sẽ xong trong 2 năm tới. | 2 năm tới | 2014 | 2015 | YEAR
            pl | Przez ostatnie 2 lata nic się nie zmieniło. | ostatnie 2 lata | 2011 | 2012 | YEAR
            nb | Det regner de neste 3 dagene. | neste 3 dagene | 2013-02-13 | 2013-02-15 | DAY
            sv | Det regnade de senaste två veckorna. | senaste två veckorna | 2013-W05 | 2013-W06 | WEEK
            nl | De komende 3 jaren wordt er gebouwd. | komende 3 jaren | 2014 | 2016 | YEAR
            es | Se construirá en los 3 próximos meses. | 3 próximos meses | 2013-03 | 2013-05 | MONTH
            pt | A obra vai durar os 3 próximos anos. | 3 próximos anos | 2014 | 2016 | YEAR
            pt | O Congresso vota o texto nas duas semanas que vem. | duas semanas que vem | 2013-W08 | 2013-W09 | WEEK
            hi | अगले 3 दिन बारिश होगी। | अगले 3 दिन | 2013-02-13 | 2013-02-15 | DAY
            hi | पिछले 2 सालों में कीमतें बढ़ीं। | पिछले 2 सालों | 2011 | 2012 | YEAR
            """)
    void shouldSpanWholeUnitsBesideTheReferenceWhenACountFollowsNextOrLast(String language, String text,
                                                                           String expectedText, String expectedStart,
                                                                           String expectedEnd,
                                                                           Granularity granularity) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedStart);
            assertThat(mention.rangeEnd()).isEqualTo(expectedEnd);
            assertThat(mention.granularity()).isEqualTo(granularity);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The last two players left early.
            en | He ran the next 3 miles alone.
            en | It lasted 3 days past the deadline.
            de | Die letzten zwei Spiele gingen verloren.
            vi | Ông ấy đã qua đời.
            """)
    void shouldFindNoSpanWhenTheCountedThingIsNotAUnitOfTime(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The trial is expected to last six weeks.
            The strike could last two weeks.
            The talks, which usually last two days, ended.
            It will not last two years.
            """)
    void shouldFindNoSpanWhenLastIsTheVerb(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @Test
    void shouldNotCountTheFollowingWeeksFromTheReference() {
        assertThat(extractor.extract("The well was found in May 1911. Over the following three weeks it was dug out.",
                "en", REFERENCE)).extracting(DateMention::text).containsExactly("May 1911");
    }
}
