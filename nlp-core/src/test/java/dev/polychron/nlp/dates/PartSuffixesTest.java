package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class PartSuffixesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 工事は6月末に終わる。       | 6月末      | 2013-06 | MONTH | END
            ja | 3月上旬に発表した。         | 3月上旬    | 2012-03 | MONTH | START
            ja | 2019年末に閉店した。        | 2019年末   | 2019    | YEAR  | END
            ja | 来月半ばに戻る。            | 来月半ば   | 2013-03 | MONTH | MID
            zh | 工程将于6月底完工。          | 6月底      | 2013-06 | MONTH | END
            zh | 2019年底开业。              | 2019年底   | 2019    | YEAR  | END
            zh | 会议在3月中旬举行。          | 3月中旬    | 2013-03 | MONTH | MID
            ko | 공사는 작년 말에 끝났다.      | 작년 말    | 2012    | YEAR  | END
            ko | 2018년말 완공됐다.          | 2018년말   | 2018    | YEAR  | END
            ko | 회의는 4월 초 열린다.        | 4월 초     | 2013-04 | MONTH | START
            ko-KR | 회의는 이달 말 열린다.     | 이달 말    | 2013-02 | MONTH | END
            zh-CN | 工程将于9月底完工。        | 9月底      | 2013-09 | MONTH | END
            zh | 工厂去年年底关闭。           | 去年年底   | 2012    | YEAR  | END
            zh | 今年年初物价上涨。           | 今年年初   | 2013    | YEAR  | START
            zh | 2018年初，工厂扩建。         | 2018年初   | 2018    | YEAR  | START
            zh | 20世纪80年代中期兴起。       | 20世纪80年代中期 | 198 | DECADE | MID
            ja | 1970年代半ばに流行した。      | 1970年代半ば | 197   | DECADE | MID
            ja | 2000年代初頭に建てた。        | 2000年代初頭 | 200   | DECADE | START
            ja | 1990年代後半に流行した。      | 1990年代後半 | 199   | DECADE | END
            ko | 그는 1980년대 초반에 데뷔했다. | 1980년대 초반 | 198  | DECADE | START
            ko | 20세기 중반에 지어졌다.       | 20세기 중반 | 19      | CENTURY | MID
            zh | 铁路在19世纪末修建。         | 19世纪末   | 18      | CENTURY | END
            zh | 20世纪初，城市迅速扩大。      | 20世纪初   | 19      | CENTURY | START
            zh | 该港口在18世纪中叶衰落。      | 18世纪中叶 | 17      | CENTURY | MID
            ja | 寺院は17世紀初頭に再建された。 | 17世紀初頭 | 16      | CENTURY | START
            ko | 성벽은 16세기 말에 무너졌다.   | 16세기 말  | 15      | CENTURY | END
            tr | Köprü 2016'nın sonunda açıldı. | 2016'nın sonunda | 2016 | YEAR  | END
            tr | Seçim 2019'un ortasında yapıldı. | 2019'un ortasında | 2019 | YEAR  | MID
            """)
    void shouldReadAPartOfAMonthOrYearWhenAWordForItFollows(String language, String text, String expectedText,
                                                           String value, Granularity granularity,
                                                           Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);
        assertOnlyMention(text, mentions, expectedText, value, granularity);
        assertThat(mentions.get(0).modifier()).isEqualTo(modifier);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hu | A híd a jövő év végén készül el.           | jövő év végén         | 2014    | YEAR  | END
            hu | A tárgyalás a múlt hónap elején kezdődött. | múlt hónap elején     | 2013-01 | MONTH | START
            hu | A szezon jövő hónap közepén indul.         | jövő hónap közepén    | 2013-03 | MONTH | MID
            ka | ხიდი მომავალი წლის ბოლოს გაიხსნება.        | მომავალი წლის ბოლოს   | 2014    | YEAR  | END
            ka | გეგმა მომავალი თვის ბოლომდე იქნება.       | მომავალი თვის ბოლომდე | 2013-03 | MONTH | END
            tr | Fabrika geçen yılın sonunda kapandı.       | geçen yılın sonunda   | 2012    | YEAR  | END
            hi | महंगाई पिछले साल के अंत में घटी।             | पिछले साल के अंत में   | 2012    | YEAR  | END
            hi | 2019 की शुरुआत में कंपनी बनी।                | 2019 की शुरुआत में     | 2019    | YEAR  | START
            hi | नीति अगले महीने के अंत तक आएगी।             | अगले महीने के अंत तक   | 2013-03 | MONTH | END
            """)
    void shouldReadAPartWordAfterARelativePeriod(String language, String text, String expectedText, String value,
                                                Granularity granularity, Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);
        assertOnlyMention(text, mentions, expectedText, value, granularity);
        assertThat(mentions.get(0).modifier()).isEqualTo(modifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4월 초청 행사가 열린다.    | 4월
            4월 말씀을 전한다.         | 4월
            """)
    void shouldLeaveTheMonthWithoutAPartWhenAKoreanWordBeginsWithIt(String text, String expectedText) {
        List<DateMention> mentions = extractor.extract(text, "ko", REFERENCE);
        assertOnlyMention(text, mentions, expectedText, "2013-04", Granularity.MONTH);
        assertThat(mentions.get(0).modifier()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The refinery reopens early next year.             | early next year             | 2014     | YEAR    | START
            The loan falls due at the end of this month.      | the end of this month       | 2013-02  | MONTH   | END
            Shares slid late last week.                       | late last week              | 2013-W06 | WEEK    | END
            Talks resume at the beginning of next week.       | the beginning of next week  | 2013-W08 | WEEK    | START
            Output peaks in the middle of next quarter.       | the middle of next quarter  | 2013-Q2  | QUARTER | MID
            """)
    void shouldReadAPartOfARelativePeriodWhenAPartWordComesBeforeIt(String text, String expectedText, String value,
                                                                  Granularity granularity, Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, "en", REFERENCE);
        assertOnlyMention(text, mentions, expectedText, value, granularity);
        assertThat(mentions.get(0).modifier()).isEqualTo(modifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            6月初めから7月末まで休む。        | 6月初めから7月末          | 2013-06 | 2013-07
            2020年6月頭から7月いっぱい休む。  | 2020年6月頭から7月いっぱい | 2020-06 | 2020-07
            """)
    void shouldRunFromMonthToMonthWhenTheEndsNameTheirParts(String text, String expectedText, String value,
                                                            String rangeEnd) {
        List<DateMention> mentions = extractor.extract(text, "ja", REFERENCE);
        assertOnlyMention(text, mentions, expectedText, value, Granularity.MONTH);
        assertThat(mentions.get(0).rangeEnd()).isEqualTo(rangeEnd);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019年初步统计显示增长。 | 2019年
            6月中国经济好转。       | 6月
            2018年初赛结束。        | 2018年
            """)
    void shouldLeaveTheWordOutWhenItBeginsAnotherWord(String text, String expectedText) {
        assertThat(extractor.extract(text, "zh", REFERENCE)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.text()).isEqualTo(expectedText);
                    assertThat(mention.modifier()).isNull();
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 来年の頭取交代が決まった。     | 来年
            ja | 今年のいっぱいの思い出を話す。 | 今年
            ko | 2019년 후반전에 역전했다.      | 2019년
            hi | पिछले साल अंत में वे हार गए।    | पिछले साल
            """)
    void shouldLeaveTheWordOutWhenItNamesNoPartOfTheDate(String language, String text, String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.text()).isEqualTo(expectedText);
                    assertThat(mention.modifier()).isNull();
                });
    }
}
