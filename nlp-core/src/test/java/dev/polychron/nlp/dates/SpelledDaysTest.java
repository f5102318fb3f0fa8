package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

class SpelledDaysTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ro | Legea intră în vigoare la întâi martie.   | întâi martie            | 2013-03-01
            ro | Parada are loc de Întâi Mai 2014.         | Întâi Mai 2014          | 2014-05-01
            bg | Срокът изтича на петнадесети март.        | петнадесети март        | 2013-03-15
            bg | Срокът изтича на двадесет и първи април.  | двадесет и първи април  | 2013-04-21
            bg | Срокът изтича на петнайсети март.         | петнайсети март         | 2013-03-15
            """)
    void shouldDateADaySpelledOutBeforeItsMonth(String language, String text, String expectedText,
                                                String expectedValue) {
        OnlyMention.assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText,
                expectedValue, Granularity.DAY);
    }
}
