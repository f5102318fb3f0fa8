package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListedDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2021, 11, 8, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Storms hit the coast on 6 and 7 June 1998.               | 6=1998-06-06, 7 June 1998=1998-06-07
            en | The fair ran on 6, 7, and 8 June 1998.                  | 6=1998-06-06, 7=1998-06-07, 8 June 1998=1998-06-08
            en | Storms hit on the 6th and 7th June 1998.               | 6th=1998-06-06, 7th June 1998=1998-06-07
            en | The fête runs on Saturday 20 and Sunday 21 November.  | 20=2021-11-20, Sunday 21 November=2021-11-21
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

    /** Each mention as its text, its offset in the sentence, value and granularity. */
    private static List<String> mentions(String text, List<DateMention> found) {
        return found.stream().map(OnlyMention::shown).toList();
    }

    private static List<String> expected(String text, String expected) {
        List<String> mentions = new ArrayList<>();
        int from = 0;
        for (String written : expected.split("; ")) {
            String[] parts = written.split("=");
            int start = text.indexOf(parts[0], from);
            mentions.add(parts[0] + "@" + start + "=" + parts[1] + " DAY");
            from = start + parts[0].length();
        }
        return mentions;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The clinic opened on August 9th, 10th and 11th.         | August 9th=2021-08-09; 10th=2021-08-10; 11th=2021-08-11
            en | Pick a slot on October 4, 5, or 6 for the interview.     | October 4=2021-10-04; 5=2021-10-05; 6=2021-10-06
            en | Floods struck on April 2 and 3, 1987, in the valley.     | April 2=1987-04-02; 3, 1987=1987-04-03
            en | The fair opens on June 8, 9 and 10 of 2030 in Oslo.      | June 8=2030-06-08; 9=2030-06-09; 10 of 2030=2030-06-10
            en | Ballots closed on Feb. 27 or 28.                         | Feb. 27=2021-02-27; 28=2021-02-28
            hu | A vásár szeptember 6., 7. és 8. között tart.             | szeptember 6.=2021-09-06; 7.=2021-09-07; 8.=2021-09-08
            """)
    void shouldDateEveryDayListedAfterTheirMonth(String language, String text, String expected) {
        assertThat(mentions(text, extractor.extract(text, language, REFERENCE)))
                .containsExactlyElementsOf(expected(text, expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le musée ferme le 8 ou 9 août pour travaux.              | 8=2021-08-08; 9 août=2021-08-09
            de | Die Sitzung ist am 14., 15. oder 16. Oktober.            | am 14.=2021-10-14; 15.=2021-10-15; 16. Oktober=2021-10-16
            de | Der Markt ist am 2., 3. und 4. Oktober geöffnet.         | am 2.=2021-10-02; 3.=2021-10-03; 4. Oktober=2021-10-04
            en | Courses run on the 11th, 12th and 13th of January.       | on the 11th=2021-01-11; 12th=2021-01-12; 13th of January=2021-01-13
            it | Le urne restano aperte il 6, 7 e 8 marzo.                | il 6=2021-03-06; 7=2021-03-07; 8 marzo=2021-03-08
            """)
    void shouldDateTheDaysListedBeforeTheirMonthWhetherJoinedByOrOrReadAloneFirst(String language, String text,
                                                                                 String expected) {
        assertThat(mentions(text, extractor.extract(text, language, REFERENCE)))
                .containsExactlyElementsOf(expected(text, expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On August 9, 14 workers were hurt.          | August 9@3=2021-08-09 DAY
            en | On August 9 14 workers were hurt.           | August 9@3=2021-08-09 DAY
            en | The treaty of August 9, 2011 still holds.   | August 9, 2011@14=2011-08-09 DAY
            en | A coin from March 15, 44 and 45 was found.  | ''
            en | Seeds of August 9, 3 and 1 were planted.    | ''
            en | The team won in August 9 and 2 others lost.  | August 9@16=2021-08-09 DAY
            en | On August 9, 10 and 12 workers strike.        | August 9@3=2021-08-09 DAY
            en | On August 9 or 10 residents move.             | August 9@3=2021-08-09 DAY
            en | On August 9, 11 and 14 percent vote.          | August 9@3=2021-08-09 DAY
            en | On August 9 and 11% vote.                     | August 9@3=2021-08-09 DAY
            en | On August 9, 10 and 11 million fans watch.   | August 9@3=2021-08-09 DAY
            """)
    void shouldReadNoListAfterAMonthsDayWhereTheNumbersAreNoRisingRunOfDays(String language, String text,
                                                                            String only) {
        assertThat(mentions(text, extractor.extract(text, language, REFERENCE)))
                .containsExactlyElementsOf(only.isEmpty() ? List.of() : List.of(only));
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

    @Test
    void shouldLeaveAnHourAfterAMonthsDayToItsClockNotToTheList() {
        String text = "The booth closed on August 9 or 10 p.m. at the latest.";

        assertThat(extractor.extract(text, "en", REFERENCE))
                .extracting(mention -> mention.text() + "=" + mention.value() + " " + mention.granularity())
                .containsExactly("August 9=2021-08-09 DAY", "10 p.m.=2021-08-09T22 HOUR");
    }
}
