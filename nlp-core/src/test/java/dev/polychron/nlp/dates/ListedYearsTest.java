package dev.polychron.nlp.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ListedYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The museum closed in April and May 1987 for repairs.   | April@21=1987-04 MONTH; May 1987@31=1987-05 MONTH
            Floods came in April, May and July 1987.                | April@15=1987-04 MONTH; May@22=1987-05 MONTH; July 1987@30=1987-07 MONTH
            The crypt was opened on 2 April and 6 May 1987.         | 2 April@24=1987-04-02 DAY; 6 May 1987@36=1987-05-06 DAY
            The digs ran on December 29 and January 4, 1987.        | December 29@16=1986-12-29 DAY; January 4, 1987@32=1987-01-04 DAY
            The exhibitions were held on October 12 and November 2. | October 12@29=2014-10-12 DAY; November 2@44=2014-11-02 DAY
            """)
    void shouldGiveEveryDayOrMonthOfAListOneYear(String text, String expected) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .extracting(OnlyMention::shown)
                .containsExactly(expected.split("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The curator was hired on 2 April and retired on 6 May 1987.   | 2 April=2014-04-02, 6 May 1987=1987-05-06
            The vase was dated 3 years ago and 5 months ago.              | 3 years ago=2012-03-18, 5 months ago=2014-10-18
            """)
    void shouldLeaveDatesThatNoListJoinsInTheirOwnYear(String text, String expected) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .extracting(mention -> mention.text() + "=" + mention.value())
                .containsExactly(expected.split(", "));
    }
}
