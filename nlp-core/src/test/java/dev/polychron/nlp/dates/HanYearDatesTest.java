package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class HanYearDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 工厂在2021年三月关闭。 | 2021年三月 | 2021-03 | MONTH
            zh | 今年四月他们签了合同。 | 今年四月 | 2013-04 | MONTH
            zh | 会议定在明年九月三日。 | 明年九月三日 | 2014-09-03 | DAY
            zh | 去年12月物价上涨。 | 去年12月 | 2012-12 | MONTH
            ja | 来年の4月に開業する。 | 来年の4月 | 2014-04 | MONTH
            ja | 昨年十月二十日に閉店した。 | 昨年十月二十日 | 2012-10-20 | DAY
            ja | 工事は2019年七月に始まった。 | 2019年七月 | 2019-07 | MONTH
            zh | 大桥于二零一五年三月三号通车。 | 二零一五年三月三号 | 2015-03-03 | DAY
            ja | 二〇一八年十二月に閉店した。 | 二〇一八年十二月 | 2018-12 | MONTH
            zh | 工厂建于二〇一四年。 | 二〇一四年 | 2014 | YEAR
            """)
    void shouldDateTheMonthInItsYearWhenAYearOrRelativeYearPrecedesIt(String language, String text,
                                                                      String expectedText, String expectedValue,
                                                                      Granularity granularity) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 今年十三月是不存在的。
            ja | 今年は三か月休んだ。
            """)
    void shouldReadOnlyTheYearWhenNoMonthFollowsIt(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .containsExactly("2013");
    }
}
