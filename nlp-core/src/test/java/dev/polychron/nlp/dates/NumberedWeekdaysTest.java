package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese weekdays written with their number: "thứ 3" as written and in time, not an ordinal nor "thu 3". */
class NumberedWeekdaysTest {

    /** A Wednesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đoàn kiểm tra làm việc vào thứ 5 với tỉnh.       | thứ 5              | 2015-03-19 | DAY
            Sáng thứ 2, chợ đóng cửa.                        | thứ 2              | 2015-03-16 | DAY
            Thứ 6 tuần này, hội nghị bế mạc.                 | Thứ 6 tuần này     | 2015-03-20 | DAY
            Trường cho học sinh nghỉ hôm thứ 3.              | thứ 3              | 2015-03-17 | DAY
            Phiên tòa diễn ra thứ 2 tại Hà Nội.              | thứ 2              | 2015-03-16 | DAY
            Hạn chót là thứ 5, các cửa hàng mở muộn.          | thứ 5              | 2015-03-19 | DAY
            """)
    void shouldReadANumberedWeekdayWrittenAsOne(String text, String expectedText, String value,
                                                Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "vi", REFERENCE), expectedText, value, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Công ty báo doanh thu 3 tỷ đồng.
            Doanh thu 2 tuần trước giảm mạnh.
            Thư 4 của độc giả được đăng lại.
            Đây là lần thứ 3 anh vô địch giải này.
            Chị là con thứ 2 trong một gia đình nghèo.
            Tỉnh đứng thứ 5 cả nước về thu hút đầu tư.
            Người thứ 6 được giải cứu an toàn.
            Đội bóng về thứ 4 ở vòng thứ 2.
            """)
    void shouldFindNoWeekdayInAnotherWordOrAnOrdinal(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }
}
