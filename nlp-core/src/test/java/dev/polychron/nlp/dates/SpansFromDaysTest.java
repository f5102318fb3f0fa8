package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class SpansFromDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The fair runs from 3 May for 5 days. | 3 May for 5 days | 2013-05-03 | 2013-05-08
            en | The fair runs for two weeks from 3 May. | for two weeks from 3 May | 2013-05-03 | 2013-05-17
            tr | Fuar 3 mayıstan itibaren 5 gün boyunca açık. | 3 mayıstan itibaren 5 gün boyunca | 2013-05-03 | 2013-05-08
            tr | Fuar 3 mayıstan itibaren iki hafta süresince açık. | 3 mayıstan itibaren iki hafta süresince | 2013-05-03 | 2013-05-17
            el | Η έκθεση θα είναι ανοιχτή για 5 μέρες μετά τις 3 Μαΐου. | για 5 μέρες μετά τις 3 Μαΐου | 2013-05-03 | 2013-05-08
            """)
    void shouldSpanTheCountFromTheDayWhenAPhraseSaysHowLongItLasts(String language, String text,
            String expectedText, String expectedValue, String expectedEnd) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, text.indexOf(expectedText),
                expectedValue, expectedEnd, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The fair runs for 5 days.
            tr | Fuar 5 gün boyunca açık.
            """)
    void shouldFindNoDateWhenTheCountLeansOnNoDay(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
