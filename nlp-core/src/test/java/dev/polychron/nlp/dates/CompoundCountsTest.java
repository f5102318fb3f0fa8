package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
            bg | Заводът затвори преди 2 години 3 месеца. | 16 | 39 | 2019-08-08
            """)
    void shouldMoveByEveryCountWhenSeveralUnitsAreCounted(String language, String text, int start, int end,
                                                          String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bg | Министърът подаде оставка преди 1 месец преди 5 дни. | 26 | 51 | 2021-10-03
            en | The plant was sold 2 years ago 3 months ago.          | 19 | 43 | 2019-08-08
            """)
    void shouldMoveByBothCountsWhenTheWayIsSaidAgainForTheSecond(String language, String text, int start, int end,
                                                                 String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }

    @Test
    void shouldKeepTwoCountedDatesApartWhenACommaListsThem() {
        List<DateMention> mentions = extractor.extract("Първият удар беше преди 3 месеца, вторият преди 2 седмици.",
                "bg", REFERENCE);

        assertThat(mentions).extracting(DateMention::text, DateMention::value).containsExactly(
                tuple("преди 3 месеца", "2021-08-08"), tuple("преди 2 седмици", "2021-10-25"));
    }

    @Test
    void shouldReadTheWordBeforeDayInANamedDayAsNoCount() {
        List<DateMention> mentions = extractor.extract("Flowers again on Mothers Day in 3 years.", "en-US", REFERENCE);

        assertOnlyMentionAt(mentions, 17, 39, "2025-05-11", Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 6 weeks, 4 June 1954 | 9 | 20 | 1954-06-04
            """)
    void shouldLeaveADateWithoutACountOfItsOwnAlone(String language, String text, int start, int end, String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }
}
