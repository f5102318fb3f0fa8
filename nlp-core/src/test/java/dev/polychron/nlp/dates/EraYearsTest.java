package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class EraYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Vesuvius erupted in AD 79.             | AD 79           | 0079
            en | The town was founded in 14 a.d. by Rome. | 14 a.d.       | 0014
            en | The temple dates from 300 CE.          | 300 CE          | 0300
            fr | Charlemagne fut couronné en 800 apr. J.-C. | 800 apr. J.-C. | 0800
            """)
    void shouldDateAYearOfFewerDigitsWhenItsEraIsMarked(String language, String text, String expectedText,
                                                       String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They ran a 30 ad campaign.
            He bought 3 ad slots.
            """)
    void shouldFindNoYearWhenTheMarkIsTheWordAd(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }
}
