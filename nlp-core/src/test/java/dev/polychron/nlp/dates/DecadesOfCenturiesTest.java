package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class DecadesOfCenturiesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2023, 7, 10, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pl | W latach 80. XIX wieku w porcie zbudowano nowe nabrzeże.  | W latach 80. XIX wieku            | 188
            ru | В 80-х годах XIX века порт расширили.                      | 80-х годах XIX века               | 188
            uk | У 60-х роках XX століття порт занепав.                     | 60-х роках XX століття            | 196
            de | In den 80er Jahren des 19. Jahrhunderts wuchs der Hafen.   | 80er Jahren des 19. Jahrhunderts  | 188
            cs | V 80. letech 19. století přístav rostl.                    | 80. letech 19. století            | 188
            fr | Dans les années 30 du XIXe siècle, le port s'agrandit.     | années 30 du XIXe siècle          | 183
            es | En los años 80 del siglo XIX el puerto creció.             | los años 80 del siglo XIX         | 188
            it | Negli anni '70 del XVIII secolo il porto crebbe.           | Negli anni '70 del XVIII secolo   | 177
            """)
    void shouldDateTheDecadeInTheCenturyNamedAfterIt(String language, String text, String span, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), span, value, Granularity.DECADE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Dans les années 80, le XIXe siècle fut redécouvert. | 198
            ru | В 1880-х годах XIX века порт расширили.              | 188
            en | In the 1980s the 19th century was in fashion again.  | 198
            """)
    void shouldLeaveADecadeApartFromACenturyThatIsNotItsOwn(String language, String text, String decade) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .containsExactly(decade, "18");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Born in 1885, he worked in the '90s.                          | 1885, 189
            The railway opened in 1845. In the 60s and 70s the town grew. | 1845, 186, 187
            """)
    void shouldDateEnglishTensInTheEarlierCenturyOfTheYearToldBeforeThem(String text, String values) {
        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::value)
                .containsExactly(values.split(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The church was built in 1885. In the 60s it was restored.   | 1885, 196
            The firm was founded in 2005. In the 80s the site was a farm. | 2005, 198
            """)
    void shouldKeepEnglishTensInTheTwentiethCenturyBeforeTheToldYearOrAfterALaterOne(String text, String values) {
        assertThat(extractor.extract(text, "en", REFERENCE)).extracting(DateMention::value)
                .containsExactly(values.split(", "));
    }
}
