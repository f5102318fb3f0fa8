package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class ItalianCenturiesAndGermanYearWordsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nel Cinquecento la villa passò ai Medici.        | Cinquecento       | 15 |
            I mosaici del Duecento sono stati restaurati.    | Duecento          | 12 |
            Il porto rinacque nel tardo Ottocento.           | tardo Ottocento   | 18 | END
            Nell'Ottocento la città raddoppiò.               | Ottocento         | 18 |
            La villa risale all’Ottocento.                   | Ottocento         | 18 |
            Alla fine dell'Ottocento arrivò la ferrovia.     | fine dell'Ottocento | 18 | END
            A metà dell'Ottocento nacque il quartiere.       | metà dell'Ottocento | 18 | MID
            Agli inizi del Novecento il borgo si spopolò.    | inizi del Novecento | 19 | START
            """)
    void shouldReadAnItalianCenturyNamedByItsHundreds(String text, String expected, String value, Modifier modifier) {
        assertOnlyMention(text, extractor.extract(text, "it", REFERENCE), expected, value, Granularity.CENTURY);
        assertThat(extractor.extract(text, "it", REFERENCE).get(0).modifier()).isEqualTo(modifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il camion ha percorso novecento chilometri.
            Seicento soldati hanno lasciato la base.
            Ha speso il trecento per cento del budget.
            Il sentiero sale per l'ottocento metri del pendio.
            Dall'ottocento al mille il prezzo è salito.
            """)
    void shouldFindNoItalianCenturyInACount(String text) {
        assertThat(extractor.extract(text, "it", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Im Winter des Jahres 1962 fror der See zu.        | Winter des Jahres 1962 | 1962-WI     | SEASON
            Die Fabrik schloss im März des Jahres 1975.       | März des Jahres 1975   | 1975-03     | MONTH
            Am 9. Juli des Jahres 1958 brannte die Mühle.     | 9. Juli des Jahres 1958 | 1958-07-09 | DAY
            """)
    void shouldReadAGermanDateWhoseYearFollowsDesJahres(String text, String expected, String value,
                                                       Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "de", REFERENCE), expected, value, granularity);
    }
}
