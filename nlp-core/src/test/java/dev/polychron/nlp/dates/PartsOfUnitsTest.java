package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PartsOfUnitsTest {

    /** Wednesday 18 March 2015. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new wing of the museum will open by the end of the year.     | the end of the year@40=2015 YEAR END
            Bread prices will be reviewed at the beginning of the month.     | the beginning of the month@33=2015-03 MONTH START
            The vaccine trial will start early in the week, doctors say.     | early in the week@29=2015-W12 WEEK START
            The plague reached the port in May 1348. At the end of the year the town was empty. | May 1348@31=1348-05 MONTH; the end of the year@44=1348 YEAR END
            The ferry sank on 2 March. At the end of the week, the divers were gone. | 2 March@18=2015-03-02 DAY; the end of the week@30=2015-W10 WEEK END
            """)
    void shouldDateAPeriodNamedByItsUnitAfterAPart(String text, String expected) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .extracting(PartsOfUnitsTest::shown)
                .containsExactly(expected.split("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The railway company, founded in 1998, expects profits by the end of the year. | 1998@32=1998 YEAR
            The abbey was founded in 1120. At the end of the month the monks arrived.    | 1120@25=1120 YEAR
            Bread prices are reviewed at the beginning of the month.                      | ''
            In his early years the bishop wrote hymns.                                    | ''
            At the end of the day, the vote matters little.                               | ''
            The end of the year 1848 brought revolts.                                     | 1848@20=1848 YEAR
            """)
    void shouldNotDateAPeriodThatNoPartNamesOrThatNoDateAnchors(String text, String expected) {
        assertThat(extractor.extract(text, "en", REFERENCE))
                .extracting(PartsOfUnitsTest::shown)
                .containsExactly(expected.isEmpty() ? new String[0] : expected.split("; "));
    }

    private static String shown(DateMention mention) {
        return mention.text() + "@" + mention.start() + "=" + mention.value() + " " + mention.granularity()
                + (mention.modifier() != null ? " " + mention.modifier() : "");
    }
}
