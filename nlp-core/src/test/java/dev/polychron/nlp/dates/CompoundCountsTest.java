package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;

class CompoundCountsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2021, 11, 8, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The bond matures in 1 year 2 months.   | 17 | 35 | 2023-01-08
            en | He left 1 month, 21 days ago.          |  8 | 28 | 2021-09-18
            en | Rates rise 2 years 3 months from now.  | 11 | 36 | 2024-02-08
            fr | Le pont ouvrira dans 1 an 2 mois.      | 16 | 32 | 2023-01-08
            fr | Il est parti il y a 2 ans 3 mois.      | 13 | 32 | 2019-08-08
            tr | Köprü 2 yıl 3 gün sonra açılacak.      |  6 | 23 | 2023-11-11
            tr | Heyet 1 ay, 10 gün önce geldi.         |  6 | 23 | 2021-09-29
            """)
    void shouldMoveByEveryCountWhenSeveralUnitsAreCounted(String language, String text, int start, int end,
                                                          String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 6 weeks, 4 June 1954 | 9 | 20 | 1954-06-04
            """)
    void shouldLeaveADateWithoutACountOfItsOwnAlone(String language, String text, int start, int end, String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }
}
