package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CountedNounsAfterYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Sekitar 1500-an orang memadati alun-alun.
            id | Ada 1000-an warga yang mengungsi ke gereja.
            ru | Инспекторы провели 1400 проверок за месяц.
            ru | На границе задержали 1600 мигрантов.
            ru | Паводок затопил 1300 домов.
            uk | Інспектори провели 1400 перевірок за місяць.
            uk | Повінь зачепила 1700 квартир.
            en | The navy scrapped 1200 ships after the war.
            en | Volunteers planted 1800 trees along the dam.
            """)
    void shouldReadNoYearInACountBeforeItsNoun(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Pada tahun 1980-an orang desa pindah ke kota. | 1980-an | 198  | DECADE
            id | Di era 1990-an warga belum punya ponsel.       | 1990-an | 199  | DECADE
            ru | В 1998 году провели много проверок.           | 1998    | 1998 | YEAR
            en | In 1998 aircraft orders fell sharply.         | 1998    | 1998 | YEAR
            """)
    void shouldStillReadAYearOrDecadeThatItsWordsPutInTime(String language, String text, String expected,
                                                          String value, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, granularity);
    }
}
