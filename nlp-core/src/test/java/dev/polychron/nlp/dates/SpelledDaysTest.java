package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class SpelledDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The fair opens March first.               | March first               | 2013-03-01
            The fair opens on april the ninth.        | april the ninth           | 2013-04-09
            The fair opened on march third 2015.      | march third 2015          | 2015-03-03
            The fair opens May twenty-first.          | May twenty-first          | 2013-05-21
            The fair opened on the twenty first of June 2012. | the twenty first of June 2012 | 2012-06-21
            """)
    void shouldDateASpelledDayBesideItsMonth(String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            You may first need a visa.
            The veterans march third in the parade.
            """)
    void shouldFindNoDateWhenALowerCaseMonthWordIsAVerb(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fuar mart üç 2015 tarihinde açıldı.       | mart üç 2015              | 2015-03-03
            Fuar aralık on iki 2016 günü kapandı.     | aralık on iki 2016        | 2016-12-12
            """)
    void shouldDateATurkishSpelledDayAfterItsMonthWhenAYearFollows(String text, String expectedText,
                                                                   String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, "tr", REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aralık üç metre oldu.
            """)
    void shouldFindNoDateWhenATurkishMonthWordIsFollowedByANumberAlone(String text) {
        assertThat(extractor.extract(text, "tr", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ro | Legea intră în vigoare la întâi martie.   | întâi martie            | 2013-03-01
            ro | Parada are loc de Întâi Mai 2014.         | Întâi Mai 2014          | 2014-05-01
            bg | Срокът изтича на петнадесети март.        | петнадесети март        | 2013-03-15
            bg | Срокът изтича на двадесет и първи април.  | двадесет и първи април  | 2013-04-21
            bg | Срокът изтича на петнайсети март.         | петнайсети март         | 2013-03-15
            ka | კრება მაისის მეათე დღეს შედგება.          | მაისის მეათე დღეს        | 2013-05-10
            ka | ბაზრობა ივნისის პირველ დღეს იხსნება.      | ივნისის პირველ დღეს      | 2013-06-01
            """)
    void shouldDateADaySpelledOutBeforeItsMonth(String language, String text, String expectedText,
                                                String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText,
                expectedValue, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            აპრილის ხუთი დღე წვიმდა.
            """)
    void shouldFindNoGeorgianDayWhenACardinalCountsTheMonthsDays(String text) {
        assertThat(extractor.extract(text, "ka", REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.granularity()).isEqualTo(Granularity.MONTH));
    }
}
