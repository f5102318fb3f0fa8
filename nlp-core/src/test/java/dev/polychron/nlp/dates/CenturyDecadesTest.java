package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class CenturyDecadesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 20世纪90年代经济快速增长。     | 20世纪90年代     | 199
            zh | 十九世纪七十年代铁路通车。     | 十九世纪七十年代 | 187
            zh | 上世纪80年代他来到深圳。       | 上世纪80年代     | 198
            zh | 本世纪20年代将迎来转折。       | 本世纪20年代     | 202
            ja | 20世紀60年代の音楽を聴く。     | 20世紀60年代     | 196
            ja | 前世紀の70年代に流行した。     | 前世紀の70年代   | 197
            """)
    void shouldReadADecadeWhenNamedByItsTensInItsCentury(String language, String text, String decade, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), decade, value, Granularity.DECADE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ازدهرت التجارة في القرن الثامن عشر.          | القرن الثامن عشر           | 17  | CENTURY
            بنيت القلعة في القرن 12 الميلادي.            | القرن 12 الميلادي          | 11  | CENTURY
            سقطت المدينة في القرن الرابع قبل الميلاد.    | القرن الرابع قبل الميلاد   | -04 | CENTURY
            تغيرت اللغة كثيرا في القرن الماضي.           | القرن الماضي               | 19  | CENTURY
            نمت المدن بسرعة في ستينيات القرن العشرين.    | ستينيات القرن العشرين      | 196 | DECADE
            هاجر كثيرون في خمسينات القرن التاسع عشر.     | خمسينات القرن التاسع عشر   | 185 | DECADE
            انتشرت الموسيقى في السبعينيات.                | السبعينيات                 | 197 | DECADE
            """)
    void shouldReadAnArabicCenturyByItsOrdinalAndADecadeByItsTensPlural(String text, String expected, String value,
                                                                       Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "ar", REFERENCE), expected, value, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            استمر الحكم ثلاثة قرون متتالية.
            حضر أربعون شخصا وستون طالبا.
            """)
    void shouldFindNoArabicCenturyInACountOfCenturiesOrTens(String text) {
        assertThat(extractor.extract(text, "ar", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thời trang thập niên 70 đang trở lại.                    | thập niên 70                  | 197
            Ông sang Pháp du học vào những năm 60.                   | những năm 60                  | 196
            Thập kỷ 80 mở ra nhiều thay đổi.                         | Thập kỷ 80                    | 198
            Dân số đô thị tăng trong những năm 20 của thế kỷ 21.     | những năm 20 của thế kỷ 21    | 202
            Cây cầu được xây vào thập niên 30 của thế kỷ XIX.        | thập niên 30 của thế kỷ XIX   | 183
            Phong trào bùng nổ vào những năm 70 của thế kỷ trước.    | những năm 70 của thế kỷ trước | 197
            Nghề dệt lụa phát đạt vào những năm 40 thế kỷ XVII.      | những năm 40 thế kỷ XVII      | 164
            Thập niên 10 thế kỷ 21 chứng kiến nhiều đổi mới.         | Thập niên 10 thế kỷ 21        | 201
            Nhạc rock thịnh hành ở những năm 1990 tại Sài Gòn.       | những năm 1990                | 199
            """)
    void shouldReadAVietnameseDecadeByItsTensAsThe20thCenturysUnlessItsCenturyFollows(String text, String decade,
            String value) {
        assertOnlyMention(text, extractor.extract(text, "vi", REFERENCE), decade, value, Granularity.DECADE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Những năm 40 tuổi, ông mới lập gia đình.
            Họ đã sống ở đây những năm 30 người một phòng.
            """)
    void shouldFindNoVietnameseDecadeWhereTheTensCountAgesOrPeople(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @Test
    void shouldFindNoVietnameseDecadeWhereTheTensCountYears() {
        assertThat(extractor.extract("Trong những năm 30 năm gần đây, làng đổi khác.", "vi", REFERENCE))
                .noneMatch(date -> date.granularity() == Granularity.DECADE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 这座教堂建于15世纪。          | 15世纪   | 14
            zh | 十九世纪铁路开始普及。         | 十九世纪 | 18
            zh | 上世纪这里是农田。             | 上世纪   | 19
            ja | 21世紀の課題を考える。         | 21世紀   | 20
            ko | 이 성당은 15세기에 지어졌다.    | 15세기   | 14
            """)
    void shouldReadACenturyWhenNamedAlone(String language, String text, String century, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), century, value, Granularity.CENTURY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | 世纪大桥正式通车。
            zh | 35世纪的科幻小说
            ko | 115세기
            zh | 20世纪95年代
            zh | 30世纪90年代
            """)
    void shouldFindNoCenturyOrDecadeWhenTheNumbersNameNone(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
