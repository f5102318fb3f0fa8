package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;

class OrdinalMonthsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pt | As vendas caíram no terceiro mês de 2016.     | terceiro mês de 2016      | 2016-03
            pt | O acordo saiu no décimo primeiro mês de 2015. | décimo primeiro mês de 2015 | 2015-11
            pt | A fábrica fechou no último mês de 2012.       | último mês de 2012        | 2012-12
            en | Prices rose in the 2nd month of 2019.         | 2nd month of 2019         | 2019-02
            """)
    void shouldCountTheMonthInItsYearWhenAnOrdinalNamesIt(String language, String text, String expectedText,
                                                          String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.MONTH);
    }
}
