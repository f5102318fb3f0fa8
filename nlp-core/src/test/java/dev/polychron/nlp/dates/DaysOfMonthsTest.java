package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static org.assertj.core.api.Assertions.assertThat;

class DaysOfMonthsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Rent is due on the 20th of next month.          | the 20th of next month             | 2013-03-20
            en | The board met on the first Monday of this month. | the first Monday of this month    | 2013-02-04
            en | Sales peaked on the last Friday of last month.  | the last Friday of last month       | 2013-01-25
            fr | Le loyer est dû le 20 du mois prochain.         | le 20 du mois prochain              | 2013-03-20
            en | Rent is due on the twentieth of next month.     | the twentieth of next month         | 2013-03-20
            fr | Le loyer est dû le trois du mois prochain.      | le trois du mois prochain           | 2013-03-03
            ar | تنتهي المهلة في التاسع عشر من هذا الشهر.       | التاسع عشر من هذا الشهر             | 2013-02-19
            de | Die Miete ist am 20. des nächsten Monats fällig. | 20. des nächsten Monats            | 2013-03-20
            el | Το ενοίκιο πληρώνεται στις 20 του επόμενου μήνα. | 20 του επόμενου μήνα              | 2013-03-20
            tr | Kira gelecek ayın 20'si ödenecek.            | gelecek ayın 20'si                  | 2013-03-20
            tr | Kurul bu ayın ilk pazartesi toplandı.        | bu ayın ilk pazartesi               | 2013-02-04
            tr | Satışlar geçen ayın son Cuması arttı.        | geçen ayın son Cuması               | 2013-01-25
            tr | Zam Ağustos'un ikisi yapılacak.              | Ağustos'un ikisi                    | 2013-08-02
            tr | Kira bu ayın yirmi dördü ödenecek.           | bu ayın yirmi dördü                 | 2013-02-24
            hi | बैठक अगले महीने के पहले सोमवार को है।        | अगले महीने के पहले सोमवार           | 2013-03-04
            hi | चुनाव पिछले महीने की आखिरी शुक्रवार को हुए।   | पिछले महीने की आखिरी शुक्रवार        | 2013-01-25
            zh | 展览在2014年5月最后一天闭幕。                   | 2014年5月最后一天                    | 2014-05-31
            zh | 新规从下个月第一天起实施。                      | 下个月第一天                         | 2013-03-01
            ja | 決算は3月の最終日に発表する。                   | 3月の最終日                          | 2013-03-31
            ko | 공연은 2016년 4월 마지막 날에 끝났다.             | 2016년 4월 마지막 날                  | 2016-04-30
            ja | 集会は来月の第2日曜日に開く。                   | 来月の第2日曜日                      | 2013-03-10
            """)
    void shouldDateTheDayOfTheRelativeMonthItIsWrittenWith(String language, String text, String expectedText,
                                                          String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Exams fall in the last week of this month.   | 14 | 41 | 2013-W09
            en | Sales rose in the third week of next month.  | 14 | 42 | 2013-W12
            ja | 試験は来月の第3週に行う。                      | 3  | 9  | 2013-W12
            ja | 工事は今月の最後の週に終わる。                  | 3  | 10 | 2013-W09
            zh | 考试在下个月的第三周举行。                      | 3  | 10 | 2013-W12
            ko | 시험은 다음 달 셋째 주에 본다.                  | 4  | 13 | 2013-W12
            """)
    void shouldDateTheWeekOfTheMonthNamedAfterItByItsThursday(String language, String text, int start, int end,
                                                               String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.WEEK);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 試験は2015年の第3週に行う。                    | 3  | 12 | 2015-W03
            ja | 工事は来年の最後の週に終わる。                  | 3  | 10 | 2014-W52
            zh | 考试在2021年的第一周举行。                      | 3  | 12 | 2021-W01
            ja | 試験は2021年の最初の週に行う。                  | 3  | 13 | 2021-W01
            """)
    void shouldDateTheWeekOfTheYearNamedAfterItByItsThursday(String language, String text, int start, int end,
                                                              String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.WEEK);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | De 4 a 22 de este mes.             | De 4 a 22 de este mes             | 2013-02-04 | 2013-02-22
            es | Del 3 al 9 del mes que viene.      | Del 3 al 9 del mes que viene      | 2013-03-03 | 2013-03-09
            es | Entre el 5 y el 8 del próximo mes. | Entre el 5 y el 8 del próximo mes | 2013-03-05 | 2013-03-08
            en | From the 4th to 9th of next month. | From the 4th to 9th of next month | 2013-03-04 | 2013-03-09
            fr | Du 4 au 9 du mois prochain.        | Du 4 au 9 du mois prochain        | 2013-03-04 | 2013-03-09
            """)
    void shouldDateARangeOfDaysOfTheRelativeMonthAfterIt(String language, String text, String expectedText,
                                                        String expectedValue, String expectedEnd) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
        assertThat(extractor.extract(text, language, REFERENCE).get(0).rangeEnd()).isEqualTo(expectedEnd);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Del 9 al 4 de este mes no hubo nada.              | este mes
            """)
    void shouldKeepOnlyTheMonthOfABackwardRangeOfDays(String language, String text, String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.text()).isEqualTo(expectedText));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | They scored 20 in March 2014.                   | March 2014
            tr | Gelecek ay 5 kişi geldi.                        | Gelecek ay
            tr | Ocak ayında onu gördüler.                       | Ocak
            ko | 3월 마지막 날씨는 맑았다.                         | 3월
            """)
    void shouldLeaveTheMonthAloneWhenANumberIsOnlyInIt(String language, String text, String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.text()).isEqualTo(expectedText));
    }
}
