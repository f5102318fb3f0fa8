package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class EraYearsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Vesuvius erupted in AD 79.             | AD 79           | 0079
            en | The town was founded in 14 a.d. by Rome. | 14 a.d.       | 0014
            en | The temple dates from 300 CE.          | 300 CE          | 0300
            fr | Charlemagne fut couronné en 800 apr. J.-C. | 800 apr. J.-C. | 0800
            en | Caesar died in 44 BC.                  | 44 BC           | -0043
            en | The wall stood by 1200 B.C. already.   | 1200 B.C.       | -1199
            en | Augustus ruled Rome in 1 BC.           | 1 BC            | 0000
            vi | Năm 111 TCN, nhà Hán chiếm Nam Việt.   | 111 TCN         | -0110
            vi | Năm 43 trước Công nguyên có khởi nghĩa. | 43 trước Công nguyên | -0042
            el | Ο Περικλής πέθανε το 429 π.Χ. στην Αθήνα. | 429 π.Χ.      | -0428
            de | Rom wurde 753 v. Chr. gegründet.       | 753 v. Chr.     | -0752
            ru | Цезарь погиб в 44 году до н. э.        | 44 году до н. э. | -0043
            fr | Alésia tomba en 52 av. J.-C.           | 52 av. J.-C.    | -0051
            vi | Nhà Lý dời đô vào năm 777, rồi suy yếu. | năm 777        | 0777
            vi | Năm 905 họ Khúc giành quyền tự chủ.     | Năm 905         | 0905
            vi | Thành được xây năm 257 TCN.             | 257 TCN         | -0256
            zh | 这座城于公元前206年被焚毁。             | 公元前206年     | -0205
            zh | 寺庙始建于公元68年。                     | 公元68年        | 0068
            zh | 前206年，这座城被焚毁。                  | 前206年         | -0205
            ja | 都は紀元前300年頃に築かれた。            | 紀元前300年     | -0299
            ko | 왕국은 기원전 18년에 세워졌다.            | 기원전 18년     | -0017
            tr | Kent MÖ 334 yılında kuşatıldı.           | MÖ 334          | -0333
            nl | De stad viel in 146 v.Chr. in handen van Rome. | 146 v.Chr. | -0145
            pl | Miasto zburzono w 146 p.n.e. doszczętnie. | 146 p.n.e.     | -0145
            hi | सम्राट अशोक की मृत्यु 232 ईसा पूर्व में हुई। | 232 ईसा पूर्व | -0231
            hi | नगर की स्थापना 600 ई.पू. के आसपास हुई।  | 600 ई.पू.       | -0599
            uk | Місто заснували в 510 році до н. е.      | 510 році до н. е. | -0509
            """)
    void shouldDateAYearOfFewerDigitsWhenItsEraIsMarked(String language, String text, String expectedText,
                                                       String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.YEAR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The hill fort was used (1500–650 BC) by farmers.     | 1500–650 BC       | -1499 | -0649
            fr | Les haches de l'âge du bronze (1800-900 av. J.-C.).  | 1800-900 av. J.-C. | -1799 | -0899
            de | Tiberius herrschte 14–37 n. Chr. in Rom.            | 14–37 n. Chr.     | 0014  | 0037
            fr | Le village fut habité vers 800-900 av. J.-C.        | vers 800-900 av. J.-C. | -0899 | -0799
            """)
    void shouldDateTwoYearsThatShareTheLastOnesEraAsOneSpan(String language, String text, String expectedText,
                                                           String expectedValue, String expectedEnd) {
        List<DateMention> found = extractor.extract(text, language, REFERENCE);
        assertOnlyMention(text, found, expectedText, expectedValue, Granularity.YEAR);
        assertThat(found.get(0).rangeEnd()).isEqualTo(expectedEnd);
    }

    @Test
    void shouldReadAChineseYearBeforeTheCommonEraInParenthesesAndAFewYearsBackAsASpan() {
        String life = "秦始皇（前259年－前210年）统一六国。";
        assertThat(extractor.extract(life, "zh", REFERENCE)).extracting(DateMention::value)
                .containsExactly("-0258", "-0209");
        assertThat(extractor.extract("前3年的销售额增长了。", "zh", REFERENCE)).singleElement()
                .extracting(DateMention::rangeEnd).isEqualTo("2012");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They ran a 30 ad campaign.
            He lives in Vancouver, BC with his wife.
            He bought 3 ad slots.
            """)
    void shouldFindNoYearWhenTheMarkIsTheWordAd(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    /** "पूर्व" alone is "former" or "east"; only "ईसा पूर्व" (before Christ) marks the era. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            सभा में 300 पूर्व सैनिक पहुंचे।
            शहर से 40 किलोमीटर पूर्व में एक गांव है।
            """)
    void shouldFindNoHindiYearWhenTheWordAfterTheNumberIsFormerOrEast(String text) {
        assertThat(extractor.extract(text, "hi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anh ấy là sinh viên năm 3 ngành luật.
            Lớp học năm 12 có 40 học sinh.
            """)
    void shouldFindNoVietnameseYearOfFewerThanThreeDigitsAfterTheWordForYear(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mỗi năm 500 người chết vì tai nạn giao thông.
            Hằng năm 300 nghìn lượt khách đến thăm đền.
            Trung bình một năm 300 ngày nắng.
            """)
    void shouldFindNoVietnameseYearInACountPerYear(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }
}
