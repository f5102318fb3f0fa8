package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class SpelledYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Nació el cuatro de mayo de mil novecientos noventa. | cuatro de mayo de mil novecientos noventa | 1990-05-04
            en | The treaty was signed on 3 May, nineteen ninety.    | 3 May, nineteen ninety                    | 1990-05-03
            pt | A ponte abriu em 3 de maio de dois mil e dez.        | 3 de maio de dois mil e dez               | 2010-05-03
            """)
    void shouldDateADayInTheYearSpelledOutAfterIt(String language, String sentence, String mention, String value) {
        assertOnlyMention(sentence, extractor.extract(sentence, language, REFERENCE), mention, value, Granularity.DAY);
    }

    @Test
    void shouldTakeNoYearFromACountThatGoesOnIntoItsNoun() {
        String sentence = "On 3 May two thousand people march.";

        assertOnlyMention(sentence, extractor.extract(sentence, "en", REFERENCE), "3 May", "2013-05-03",
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | They meet on Friday, nineteen ninety.     | Friday   | 2013-02-15
            en | The fair opens the first Monday of May, nineteen ninety. | first Monday of May | 2013-05-06
            es | Se vieron el viernes, mil novecientos noventa. | viernes | 2013-02-15
            """)
    void shouldMoveNoWeekdayIntoAYearSpelledOutAfterIt(String language, String sentence, String mention,
                                                        String value) {
        assertOnlyMention(sentence, extractor.extract(sentence, language, REFERENCE), mention, value, Granularity.DAY);
    }
}
