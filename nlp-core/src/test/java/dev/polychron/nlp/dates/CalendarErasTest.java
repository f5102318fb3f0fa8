package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarErasTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新しい橋は令和3年8月6日に開通した。 | 令和3年8月6日 | 2021-08-06 | DAY
            平成元年に会社が設立された。 | 平成元年 | 1989 | YEAR
            工場は昭和４６年５月に閉鎖された。 | 昭和４６年５月 | 1971-05 | MONTH
            明治22年に憲法が発布された。 | 明治22年 | 1889 | YEAR
            大正12年9月1日に地震が起きた。 | 大正12年9月1日 | 1923-09-01 | DAY
            平成二十二年一月二十九日に開通した。 | 平成二十二年一月二十九日 | 2010-01-29 | DAY
            昭和二年に創業した。 | 昭和二年 | 1927 | YEAR
            """)
    void shouldCountTheYearFromTheStartOfItsEraWhenAnEraIsNamed(String text, String expectedText,
                                                                String expectedValue, Granularity granularity) {
        assertOnlyMention(extractor.extract(text, "ja", REFERENCE), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            台北捷運於民國85年3月28日通車。 | 民國85年3月28日 | 1996-03-28 | DAY
            学校创办于民国元年。          | 民国元年      | 1912 | YEAR
            此碑立於民國二十六年七月。      | 民國二十六年七月 | 1937-07 | MONTH
            """)
    void shouldCountTheYearFromNineteenTwelveWhenTheRepublicOfChinaIsNamed(String text, String expectedText,
                                                                           String expectedValue,
                                                                           Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "zh", REFERENCE), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            民國時期的建築很多。
            民國前的事情。
            """)
    void shouldFindNoRepublicYearWhenNoneIsCountedForward(String text) {
        assertThat(extractor.extract(text, "zh", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            平成の時代は長かった。
            昭和13月は存在しない。
            """)
    void shouldFindNoDateWhenNoYearOfTheEraIsWritten(String text) {
        assertThat(extractor.extract(text, "ja", REFERENCE)).isEmpty();
    }
}
