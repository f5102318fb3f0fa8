package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CjkRelativeDatesTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 다음주에 회의가 열린다.     | 다음주       | 0 | 2013-W08   |            | WEEK
            ko | 어제는 비가 왔다.           | 어제         | 0 | 2013-02-11 |            | DAY
            ko | 지난해부터 준비했다.         | 지난해       | 0 | 2012       |            | YEAR
            ko | 공장은 3주전에 문을 닫았다.  | 3주전        | 4 | 2013-01-22 |            | DAY
            ko | 그제 도착했다.              | 그제         | 0 | 2013-02-10 |            | DAY
            ko | 3주이전에 닫았다.            | 3주이전       | 0 | 2013-01-22 |            | DAY
            ko | 다음주 화요일에 만난다.      | 다음주 화요일 | 0 | 2013-02-19 |            | DAY
            ko | 지난 2주 동안 올랐다.        | 지난 2주     | 0 | 2013-W05   | 2013-W06   | WEEK
            ko | 다음 세달 동안 닫는다.       | 다음 세달    | 0 | 2013-03    | 2013-05    | MONTH
            zh | 下星期开会。                | 下星期       | 0 | 2013-W08   |            | WEEK
            zh | 上上个月的数据。             | 上上个月     | 0 | 2012-12    |            | MONTH
            zh | 股价上两周下跌。             | 上两周       | 2 | 2013-W05   | 2013-W06   | WEEK
            zh | 后三个月将有变化。           | 后三个月     | 0 | 2013-03    | 2013-05    | MONTH
            zh | 他兩星期前離開。             | 兩星期前     | 1 | 2013-01-29 |            | DAY
            ja | 当月の売上。                | 当月         | 0 | 2013-02    |            | MONTH
            ja | 過去7日間の雨量。            | 過去7日間    | 0 | 2013-02-05 | 2013-02-11 | DAY
            ja | 工場は2ヶ月後に開く。        | 2ヶ月後      | 3 | 2013-04-12 |            | DAY
            ja | 2ヶ月経ったら結果が出る。    | 2ヶ月経ったら | 0 | 2013-04-12 |            | DAY
            ja | 3年経過したら見直す。        | 3年経過したら | 0 | 2016-02-12 |            | DAY
            ja | 昨四半期の利益が増えた。     | 昨四半期     | 0 | 2012-Q4    |            | QUARTER
            ja | 前の四半期より売れた。       | 前の四半期   | 0 | 2012-Q4    |            | QUARTER
            ja | 今QTRの目標を立てた。        | 今QTR       | 0 | 2013-Q1    |            | QUARTER
            ja | 来QTRに発売する。            | 来QTR       | 0 | 2013-Q2    |            | QUARTER
            """)
    void shouldReadRelativeDatesWrittenWithoutSpacesWhenCjk(String language, String text, String mention, int start,
                                                           String value, String rangeEnd, Granularity granularity) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), mention, start, value, rangeEnd, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 오늘날 한국 경제는 크다.
            ko | 이 주의 법은 다르다.
            """)
    void shouldFindNoDateWhenWordOnlyBeginsLikeOne(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            入社して2ヶ月経ってから辞めた。
            """)
    void shouldFindNoDateWhenACountOfTimePassedTellsAStory(String text) {
        assertThat(extractor.extract(text, "ja", REFERENCE)).isEmpty();
    }
}
