package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class KanaMonthsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            がっこうはしがつにはじまる。 | しがつ       | 2013-04
            じゅうにがつはさむい。      | じゅうにがつ | 2013-12
            くがつまでまつ。            | くがつ       | 2013-09
            6がつにりょこうする。       | 6がつ        | 2013-06
            """)
    void shouldReadAMonthWhenWrittenInKanaBeforeAParticle(String text, String month, String value) {
        assertOnlyMention(text, extractor.extract(text, "ja", REFERENCE), month, value, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            かれはしかつめらしい顔をした。
            よくがつがつ食べる。
            """)
    void shouldFindNoMonthWhenItsKanaGoOnIntoAnotherWord(String text) {
        assertThat(extractor.extract(text, "ja", REFERENCE)).isEmpty();
    }
}
