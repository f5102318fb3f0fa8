package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class NumericDateRulesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de    | Am 1.4.2014 beschloss die NATO.          | 1.4.2014                   | 2014-04-01       | DAY
            en-GB | Signed on 01/04/2014 in London.          | 01/04/2014                 | 2014-04-01       | DAY
            en-US | Signed on 4/1/2014 in Washington.        | 4/1/2014                   | 2014-04-01       | DAY
            ko    | 74/10/31에 태어났다.                       | 74/10/31                   | 1974-10-31       | DAY
            ja    | 21/04/16に発売。                           | 21/04/16                   | 2021-04-16       | DAY
            fr    | Le 01/04/2014, l'OTAN a décidé.          | 01/04/2014                 | 2014-04-01       | DAY
            ja    | 2014年4月1日にNATOは決定した。             | 2014年4月1日                | 2014-04-01       | DAY
            zh    | 2014年4月，北约开会。                       | 2014年4月                   | 2014-04          | MONTH
            ko    | 2014년 4월 1일 회의가 열렸다.               | 2014년 4월 1일              | 2014-04-01       | DAY
            ja    | １１月１２日に会う。                          | １１月１２日                  | 2013-11-12       | DAY
            ja    | ２００９年に設立。                          | ２００９年                    | 2009             | YEAR
            zh    | 5月，北约开会。                            | 5月                         | 2013-05          | MONTH
            ko    | 3월 회의가 열린다.                         | 3월                         | 2013-03          | MONTH
            ja    | 十二月二十二日に会う。                       | 十二月二十二日                 | 2013-12-22       | DAY
            zh    | 四月，北约开会。                            | 四月                        | 2013-04          | MONTH
            zh    | 二月十五號開會。                            | 二月十五號                   | 2013-02-15       | DAY
            zh    | 2015年3月3號開會。                         | 2015年3月3號                 | 2015-03-03       | DAY
            de    | Geboren am 31.10.74 in Köln.             | 31.10.74                   | 1974-10-31       | DAY
            en-US | Due on 10/31/25 at noon.                 | 10/31/25                   | 2025-10-31       | DAY
            en-US | Born on 31/10/1974 in Leeds.             | 31/10/1974                 | 1974-10-31       | DAY
            en-GB | Filed 10-31-2016 in Ohio.                | 10-31-2016                 | 2016-10-31       | DAY
            de    | Die Sitzung am 15.2. wurde verschoben.   | 15.2.                      | 2013-02-15       | DAY
            en-GB | The vote on 15/2 was close.              | 15/2                       | 2013-02-15       | DAY
            en-US | Results are due 2 / 15, the board says.  | 2 / 15                     | 2013-02-15       | DAY
            en-US | Her visa runs out on 10/10, she said.    | 10/10                      | 2013-10-10       | DAY
            vi    | Hội nghị khai mạc ngày 7/3 tại Hà Nội.   | 7/3                        | 2013-03-07       | DAY
            el    | Η συνάντηση γίνεται στις 25/3 στην Αθήνα. | 25/3                      | 2013-03-25       | DAY
            ru    | Встреча прошла 31/1 в Москве.            | 31/1                       | 2013-01-31       | DAY
            fr    | Il est né le 31 10 1974 à Lyon.          | 31 10 1974                 | 1974-10-31       | DAY
            en-US | She was born 10 31 1974 in Ohio.         | 10 31 1974                 | 1974-10-31       | DAY
            hu    | A 2014. 04. 01-i döntés után.            | 2014. 04. 01               | 2014-04-01       | DAY
            hu    | Kiadták 2014 . 04 . 01 napján.           | 2014 . 04 . 01             | 2014-04-01       | DAY
            de    | Am 2015-3-3 begann der Streik.           | 2015-3-3                   | 2015-03-03       | DAY
            de    | Am 30.12. trafen sie sich.               | 30.12.                     | 2012-12-30       | DAY
            en    | Figures for 2014-10 were revised.        | 2014-10                    | 2014-10          | MONTH
            en    | Figures for 2014/10 were revised.        | 2014/10                    | 2014-10          | MONTH
            en    | Issued 10/2014 by the ministry.          | 10/2014                    | 2014-10          | MONTH
            en    | The war of 2004-05 ended.                | 2004-05                    | 2004             | YEAR
            en    | The vote ended at 19:30.                 | 19:30                      | 2013-02-12T19:30 | MINUTE
            en    | Meet me tomorrow at 7pm please.          | tomorrow at 7pm            | 2013-02-13T19    | HOUR
            en    | It began on 1 April 2014 at 7:30 p.m.    | 1 April 2014 at 7:30 p.m.  | 2014-04-01T19:30 | MINUTE
            en-GB | The library shuts at 5.45pm.             | 5.45pm                     | 2013-02-12T17:45 | MINUTE
            """)
    void shouldReadNumbersInLocaleOrderWhenDateIsNumeric(String language, String text, String expectedText,
                                                         String expectedValue, Granularity granularity) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.granularity()).isEqualTo(granularity);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja  | 会議は２０２１／３／２５に開かれた。 | ２０２１／３／２５ | 2021-03-25 | DAY
            zh  | 會議定於２０２１－３－２５舉行。    | ２０２１－３－２５ | 2021-03-25 | DAY
            """)
    void shouldReadADateWhenItsPunctuationIsFullWidth(String language, String text, String expectedText,
                                                      String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh  | 会议定于下個月廿號举行。 | 下個月廿號 | 2013-03-20 | DAY
            zh  | 他三月卅一日離開。      | 三月卅一日 | 2013-03-31 | DAY
            yue | 今個月廿號開會。        | 今個月廿號 | 2013-02-20 | DAY
            ja  | 一月廿日に会った。      | 一月廿日   | 2013-01-20 | DAY
            """)
    void shouldReadTwentyAndThirtyWhenWrittenWithTheirOldHanNumerals(String language, String text,
                                                                     String expectedText, String expectedValue,
                                                                     Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2016年6月29，会议在北京召开。 | 2016年6月29 | 2016-06-29 | DAY
            会议定于2016年6月29。       | 2016年6月29 | 2016-06-29 | DAY
            2016年6月29人参加了会议。    | 2016年6月   | 2016-06    | MONTH
            """)
    void shouldReadADayWithoutItsUnitWhenItClosesTheClauseAfterItsMonth(String text, String expectedText,
                                                                        String expectedValue,
                                                                        Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "zh", REFERENCE), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他两月前离开了北京。
            兩月之內完成。
            """)
    void shouldFindNoMonthWhenTwoIsTheCountingTwo(String text) {
        assertThat(extractor.extract(text, "zh", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 7月25日，7月26日都有会。 | 7月26日
            zh | 时间：7月26日          | 7月26日
            """)
    void shouldReadADateAfterAFullWidthCommaOrColonWhenTheyEndAClause(String language, String text,
                                                                     String lastDate) {
        assertThat(extractor.extract(text, language, REFERENCE)).last().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo("2013-07-26");
            assertThat(mention.start()).isEqualTo(text.indexOf(lastDate));
            assertThat(mention.end()).isEqualTo(text.indexOf(lastDate) + lastDate.length());
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Messe läuft vom 14.-15.10. in Köln.   | 14.-15.10.     | 2013-10-14 | 2013-10-15
            de | Tagung am 14./15.10.2018 in Bonn.         | 14./15.10.2018 | 2018-10-14 | 2018-10-15
            ru | Выставка пройдёт 14 - 15.10.18 в Москве.  | 14 - 15.10.18  | 2018-10-14 | 2018-10-15
            """)
    void shouldReadDaysOfOneMonthAsARangeWhenWrittenWithDots(String language, String text, String expectedText,
                                                              String expectedValue, String expectedEnd) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.rangeEnd()).isEqualTo(expectedEnd);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Sales for 2019-7 fell.           | 10 | 16 | 2019-07
            fr | Les ventes de 2019/7 ont baissé. | 14 | 20 | 2019-07
            en | The card expires 09-2027.        | 17 | 24 | 2027-09
            fr | La carte expire en 09-2027.      | 19 | 26 | 2027-09
            """)
    void shouldReadAMonthWhenItsYearIsWrittenBesideItInDigits(String language, String text, int start, int end,
                                                              String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | 새 노선은 19년 12월 30일 개통했다. | 19년 12월 30일 | 2019-12-30 | DAY
            zh | 新线路于12年12月30日开通。     | 12年12月30日 | 2012-12-30 | DAY
            zh | 他在09年来到上海。            | 09年        | 2009       | YEAR
            ko | 공사는 06년 3월에 끝났다.      | 06년 3월     | 2006-03    | MONTH
            zh | 文件日期为2011 04 07。        | 2011 04 07  | 2011-04-07 | DAY
            zh | 通知落款为15-6-20。           | 15-6-20     | 2015-06-20 | DAY
            ja | 発行日は09-11-30です。         | 09-11-30    | 2009-11-30 | DAY
            """)
    void shouldReadATwoDigitYearOrAYearFirstDateAsEastAsianTextsWriteThem(String language, String text,
                                                                          String expectedText, String expectedValue,
                                                                          Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 他坐了5年3月的牢。
            zh | 合同期15年，共计8人签字。
            ko | 그는 징역 10년 6월에 처해졌다.
            zh | 教育部99年8月1日起实施。
            ja | 改正法は30年4月1日に施行された。
            zh | 沪指连续3日在3200点上方震荡。
            zh | 期限延长30日。
            """)
    void shouldFindNoDateInACountOfYearsOrDaysNorInAnEraYearWithoutItsEra(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @Test
    void shouldReadACountAfterAYearAsNoPartOfIt() {
        String text = "In 2010 12 people were hired.";

        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), "2010", "2010", Granularity.YEAR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Firms with 1-2000 staff were polled.
            de | Der Preis stieg um 14 - 15.10 Euro.
            en | The ratio 0.8/15 is a formula.
            en | The ratio 8/1.5 is a formula.
            fr | Le rapport 8/1,5 est une formule.
            en | The mast is 7.30 metres tall and weighs 2.45 tonnes.
            """)
    void shouldNotReadDigitsAsADayWhenTheyAreDecimals(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Hơn 2/3 đại biểu tán thành dự luật.
            vi | Rừng ngập mặn chiếm 1/5 diện tích huyện.
            vi | 3/4 số hộ dân đã có nước sạch.
            el | Τα 2/3 των μελών ψήφισαν υπέρ.
            el | Το δάσος καλύπτει το 1/4 της έκτασης.
            en | Stir 3/4 cup of sugar into the batter.
            en | The trail climbs for 2 1/2 miles.
            en | Nearly 2/3 of the members backed the merger.
            """)
    void shouldNotReadAShareAsADayAndMonth(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Ngày 2/3 số khách tới Huế tăng mạnh. | 2/3 | 2013-03-02
            vi | Hội chợ mở cửa sáng 1/3 tại Đà Nẵng.  | 1/3 | 2013-03-01
            el | Η ψηφοφορία της 1/3 θα γίνει κανονικά. | 1/3 | 2013-03-01
            en | The recital is on 3/4 at the old hall.  | 3/4 | 2013-03-04
            vi | Đêm 24/7 ban nhạc biểu diễn ở Huế.      | 24/7 | 2013-07-24
            el | Η πρεμιέρα θα γίνει στις 24/7 στην Αθήνα. | 24/7 | 2013-07-24
            """)
    void shouldReadADayAndMonthThatLookLikeAShareWhereADayWordIsBeforeThem(String language, String text,
                                                                          String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Cửa hàng ở số nhà 14/6 đường Nguyễn Huệ.
            vi | Đám cháy xảy ra trong hẻm 27/8 đường Lê Lợi.
            vi | Nhà bà ở ngõ 5/2 phố Huế.
            vi | Cả lớp 11/3 được khen thưởng.
            """)
    void shouldNotReadAHouseNumberOrAClassAsADayAndMonth(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ferry terminal is staffed 24/7.
            vi | Tổng đài chăm sóc khách hàng hoạt động 24/7.
            el | Η γραμμή εξυπηρέτησης λειτουργεί 24/7.
            vi | Mọi thắc mắc xin gọi điện thoại: 1900 1234.
            """)
    void shouldNotReadRoundTheClockOrAPhoneNumberAsADate(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | The 9/11 attacks changed air travel.    | 9/11  | 2001-09-11
            en-US | Security was tightened after 9/11.      | 9/11  | 2001-09-11
            en    | The post-9/11 wars cost trillions.      | 9/11  | 2001-09-11
            en-GB | The 7/7 bombings killed 52 people.      | 7/7   | 2005-07-07
            en-IN | Mumbai was rebuilt after 26/11.         | 26/11 | 2008-11-26
            es    | Los atentados del 11-M conmocionaron.   | 11-M  | 2004-03-11
            es    | Tras el 11-S cambió la seguridad aérea. | 11-S  | 2001-09-11
            """)
    void shouldReadTheDayOfTheEventWhenItsDayAndMonthNameIt(String language, String text, String expectedText,
                                                           String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | The hearing is set for 9/11/2023 in Boston. | 9/11/2023 | 2023-09-11
            en-US | The 7/7 deadline passed quietly.             | 7/7       | 2013-07-07
            en-GB | The vote on 26/11 was close.                 | 26/11     | 2013-11-26
            """)
    void shouldReadADayAndMonthWhenTheyNameNoEventInTheLocale(String language, String text, String expectedText,
                                                              String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @Test
    void shouldNotReadAnEventWhenItsLetterCaseDiffers() {
        assertThat(extractor.extract("La pieza mide 11-m de largo.", "es", REFERENCE)).isEmpty();
    }
}
