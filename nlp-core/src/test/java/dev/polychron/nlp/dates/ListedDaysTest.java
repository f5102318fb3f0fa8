package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ListedDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2021, 11, 8, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Storms hit the coast on 6 and 7 June 1998.               | 6=1998-06-06, 7 June 1998=1998-06-07
            en | The fair ran on 6, 7, and 8 June 1998.                  | 6=1998-06-06, 7=1998-06-07, 8 June 1998=1998-06-08
            en | Storms hit on the 6th and 7th June 1998.               | 6th=1998-06-06, 7th June 1998=1998-06-07
            fr | Les orages des 1er et 2 juin 1998 ont tout détruit.     | 1er=1998-06-01, 2 juin 1998=1998-06-02
            de | Die Stürme am 6. und 7. Juni 1998 zerstörten alles.     | 6.=1998-06-06, 7. Juni 1998=1998-06-07
            vi | Bão đổ bộ ngày 6, 7 và 8 tháng 6 năm 1998.              | 6=1998-06-06, 7=1998-06-07, 8 tháng 6 năm 1998=1998-06-08
            el | Οι καταιγίδες στις 6 και 7 Ιουνίου 1998 ήταν σφοδρές.   | 6=1998-06-06, 7 Ιουνίου 1998=1998-06-07
            ru | Бури 6 и 7 июня 1998 года разрушили город.             | 6=1998-06-06, 7 июня 1998=1998-06-07
            """)
    void shouldDateEveryDayListedBeforeTheirMonth(String language, String text, String expected) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .extracting(mention -> mention.text() + "=" + mention.value())
                .containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The team won 9 and lost 7 June 1998.                     | 7 June 1998
            en | Scores of 9 and 7 June 1998 were kept.                   | 7 June 1998
            en | Storms hit between 6 and 7 June 1998.                    | between 6 and 7 June 1998
            en | Storms hit on 6 and 31 June 1998.                        | June 1998
            """)
    void shouldReadNoDayInAListThatIsNoRisingRunOfDaysOfTheMonth(String language, String text, String only) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text).containsExactly(only);
    }
}
