package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class WeekdaysAfterDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The vote falls on the first Monday after 4 July.    | first Monday after 4 July             | 2013-07-08
            en | Classes resume the 2nd Wednesday after Easter 2016. | 2nd Wednesday after Easter 2016       | 2016-04-06
            de | Die Messe ist am zweiten Sonntag nach Ostern 2015.  | zweiten Sonntag nach Ostern 2015      | 2015-04-19
            it | La fiera apre il terzo sabato dopo Natale 2014.     | terzo sabato dopo Natale 2014         | 2015-01-10
            es | Abren el primer lunes después de Navidad de 2016.   | primer lunes después de Navidad de 2016 | 2016-12-26
            """)
    void shouldCountTheWeekdayFromTheDayAfterThePhrase(String language, String sentence, String mention,
                                                      String value) {
        assertOnlyMention(sentence, extractor.extract(sentence, language, REFERENCE), mention, value, Granularity.DAY);
    }

    @Test
    void shouldLeaveAWeekdayWithoutAnOrdinalBeforeAnEventAlone() {
        String sentence = "He came Tuesday after the storm.";

        assertOnlyMention(sentence, extractor.extract(sentence, "en", REFERENCE), "Tuesday", "2013-02-12",
                Granularity.DAY);
    }
}
