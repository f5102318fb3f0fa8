package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CjkDaysTest {

    /** A Monday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 11, 7, 0, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 정부는 27일 발표한다.             | 27일                   | 4 | 2016-11-27 |            | DAY
            ko | 정부는 지난 3일 발표했다.          | 지난 3일                | 4 | 2016-11-03 |            | DAY
            ko | 회의는 오는 3일에 열린다.          | 오는 3일                | 4 | 2016-12-03 |            | DAY
            ko | 21일 목요일에 만난다.              | 21일 목요일             | 0 | 2017-09-21 |            | DAY
            ko | 다음 달 20일에 연다.               | 다음 달 20일            | 0 | 2016-12-20 |            | DAY
            ko | 다음 달 첫 번째 금요일에 연다.      | 다음 달 첫 번째 금요일   | 0 | 2016-12-02 |            | DAY
            ko | 3월 마지막 월요일                  | 3월 마지막 월요일        | 0 | 2016-03-28 |            | DAY
            ko | 11일 금요일부터 15일 화요일까지     | 11일 금요일부터 15일 화요일 | 0 | 2016-11-11 | 2016-11-15 | DAY
            ko | 2014년부터 2018년까지 일했다.       | 2014년부터 2018년        | 0 | 2014       | 2018       | YEAR
            ja | 25日に発表した。                   | 25日                   | 0 | 2016-10-25 |            | DAY
            ja | 今月の27日に開く。                 | 今月の27日               | 0 | 2016-11-27 |            | DAY
            ja | 来月の第2月曜日に開く。             | 来月の第2月曜日          | 0 | 2016-12-12 |            | DAY
            ja | 23日の土曜日に開く。               | 23日の土曜日             | 0 | 2017-09-23 |            | DAY
            ja | 5月から3月まで続く。               | 5月から3月               | 0 | 2016-05    | 2017-03    | MONTH
            ja | 2015年と2018年の間に建てた。        | 2015年と2018年の間       | 0 | 2015       | 2018       | YEAR
            zh | 29日，他们到达。                   | 29日                   | 0 | 2016-11-29 |            | DAY
            ja | 首相は9日午前、会見した。 | 9日 | 3 | 2016-10-09 |            | DAY
            ja | 9日夜に会見した。 | 9日 | 0 | 2016-10-09 |            | DAY
            zh | 会议于2015年3月7日（星期六）举行。 | 2015年3月7日（星期六） | 3 | 2015-03-07 |            | DAY
            ko | 선거는 2014년 6월 4일(수) 열렸다. | 2014년 6월 4일(수) | 4 | 2014-06-04 |            | DAY
            zh | 新华社北京8日电 记者报道。 | 8日 | 5 | 2016-11-08 |            | DAY
            zh | 外交部发言人3日表示。 | 3日 | 6 | 2016-11-03 |            | DAY
            zh | 中共4日宣布新的人事任命。 | 4日 | 2 | 2016-11-04 |            | DAY
            zh | 新规将于15日起实施。 | 15日 | 4 | 2016-11-15 |            | DAY
            zh | 中央社台北12日電 | 12日 | 5 | 2016-11-12 |            | DAY
            zh | 财政部长12日说，预算将增加。 | 12日 | 4 | 2016-11-12 |            | DAY
            zh | 峰会于14日开幕。 | 14日 | 3 | 2016-11-14 |            | DAY
            zh | 代表团于9日抵达上海。 | 9日 | 4 | 2016-11-09 |            | DAY
            zh | 市长李明5日主持召开会议。 | 5日 | 4 | 2016-11-05 |            | DAY
            ja | 11日の取引で円が下落した。 | 11日 | 0 | 2016-10-11 |            | DAY
            ja | 首相は8日の会見で述べた。 | 8日 | 3 | 2016-11-08 |            | DAY
            zh | 下個月二十號開會。                  | 下個月二十號             | 0 | 2016-12-20 |            | DAY
            zh | 十月的第一个星期一开会。            | 十月的第一个星期一       | 0 | 2016-10-03 |            | DAY
            zh | 2015年和2018年之间建成。            | 2015年和2018年之间       | 0 | 2015       | 2018       | YEAR
            ko | 7월 13일 - 15일 휴가               | 7월 13일 - 15일          | 0 | 2016-07-13 | 2016-07-15 | DAY
            ja | 1995年1月4日から22日まで続いた。     | 1995年1月4日から22日      | 0 | 1995-01-04 | 1995-01-22 | DAY
            ja | 22日まで続く。                     | 22日                   | 0 | 2016-11-22 |            | DAY
            ja | 会見は9日（水）に開く。             | 9日（水）               | 3 | 2016-11-09 |            | DAY
            zh | 会议于10日（周四）举行。            | 10日（周四）            | 3 | 2016-11-10 |            | DAY
            ko | 회의는 11일(금) 열린다.             | 11일(금)               | 4 | 2016-11-11 |            | DAY
            zh | 活动于6月1日-6月30日举行。          | 6月1日-6月30日          | 3 | 2016-06-01 | 2016-06-30 | DAY
            ja | 展示は5月-10月に開く。              | 5月-10月               | 3 | 2016-05    | 2016-10    | MONTH
            zh | 2015年1至9月，出口增长5%。          | 2015年1至9月            | 0 | 2015-01    | 2015-09    | MONTH
            ja | 1～3月期の決算を発表した。          | 1～3月                 | 0 | 2016-01    | 2016-03    | MONTH
            ja | ２０１５年６月１日から６月３０日まで開いた。 | ２０１５年６月１日から６月３０日 | 0 | 2015-06-01 | 2015-06-30 | DAY
            ja | ２０１５年１月１０日から１２日まで続いた。 | ２０１５年１月１０日から１２日 | 0 | 2015-01-10 | 2015-01-12 | DAY
            """)
    void shouldReadDaysWrittenAfterTheirMonthOrAloneWhenCjk(String language, String text, String mention, int start,
                                                           String value, String rangeEnd, Granularity granularity) {
        assertOnlyMention(extractor.extract(text, language, REFERENCE), mention, start, value, rangeEnd, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 최근 3일 동안 비가 왔다.
            ko | 일일 방문자가 늘었다.
            ja | 3日間の日程で開く。
            ja | 工事は25日で終わる。
            zh | 他住在12号。
            zh | 乘坐3号线。
            zh | 疗程为1-3个月。
            zh | 疗程第6日起停药。
            zh | 票价为300日元。
            zh | 售价相当于15日元。
            zh | 气温低于3日平均水平。
            ja | 1日の摂取量を守る。
            ja | 3日の間に終わる。
            ja | 10日目に退院した。
            ja | 20日の週に発売する。
            ja | 4日の休暇を取った。
            zh | 车队历时6日抵达拉萨。
            """)
    void shouldFindNoDayWhenCountOrNumber(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text).isEmpty();
    }

    /** Written on 2 March 2024: the 29th that was a Thursday is February's, not August's. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 29日（木）に会議があった。 | 29日（木）
            zh | 29日（周四）举行了会议。   | 29日（周四）
            ko | 29일(목) 회의가 열렸다.    | 29일(목)
            """)
    void shouldTakeTheNearestMonthWhereTheDayHasItsWeekday(String language, String text, String expectedText) {
        assertOnlyMention(text, extractor.extract(text, language, LocalDateTime.of(2024, 3, 2, 12, 0)), expectedText,
                "2024-02-29", Granularity.DAY);
    }
}
