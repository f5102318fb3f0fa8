package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class JulianGregorianDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Пушкин родился 26 мая (6 июня) 1799 года в Москве.  | 26 мая (6 июня) 1799                 | 1799-06-06
            ru | Он родился 30 октября (11 ноября) 1821 года.        | 30 октября (11 ноября) 1821          | 1821-11-11
            ru | Она умерла 3 (15) марта 1850 года.                  | 3 (15) марта 1850                    | 1850-03-15
            ru | Он родился 20 декабря 1831 [1 января 1832] года.    | 20 декабря 1831 [1 января 1832]      | 1832-01-01
            ru | Указ подписан 29 февраля [12 марта] 1800 года.      | 29 февраля [12 марта] 1800           | 1800-03-12
            uk | Він народився 26 травня (6 червня) 1799 року.       | 26 травня (6 червня) 1799            | 1799-06-06
            ru | Пушкин родился 26 мая 1799 г. (ст. ст.) в Москве.   | 26 мая 1799 г. (ст. ст.)             | 1799-06-06
            ru | Он родился 26 мая 1799 года по старому стилю.       | 26 мая 1799 года по старому стилю    | 1799-06-06
            uk | Він народився 26 травня 1799 року за старим стилем. | 26 травня 1799 року за старим стилем | 1799-06-06
            """)
    void shouldReadTheGregorianDayWhenAJulianDayHasItInBracketsOrIsMarkedOldStyle(String language, String text,
                                                                                  String expected, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Пушкин (26 мая [6 июня] 1799 — 29 января [10 февраля] 1837) — поэт.   | 1799-06-06 | 1837-02-10
            ru | Достоевский (30 октября (11 ноября) 1821 — 28 января (9 февраля) 1881). | 1821-11-11 | 1881-02-09
            uk | Пушкін (26 травня [6 червня] 1799 — 29 січня [10 лютого] 1837) — поет.  | 1799-06-06 | 1837-02-10
            """)
    void shouldSpanALifeFromGregorianDayToGregorianDay(String language, String text, String start, String end) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo(start);
            assertThat(mention.rangeEnd()).isEqualTo(end);
            assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Матчи 5 мая (7 мая) 2020 года перенесли.         | 5 мая,7 мая,2020
            ru | Премьера 10 [22] марта 2020 года.                | марта 2020
            ru | Пушкин родился 26 мая 1799 года в Москве.        | 26 мая 1799
            uk | Матчі 5 травня (7 травня) 2020 року перенесли.   | 5 травня,7 травня,2020
            """)
    void shouldLeaveDaysInBracketsApartWhenTheCalendarsDoNotJoinThem(String language, String text,
                                                                      String expected) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text)
                .containsExactly(expected.split(","));
    }
}
