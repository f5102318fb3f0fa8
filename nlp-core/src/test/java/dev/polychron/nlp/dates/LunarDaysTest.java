package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class LunarDaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội làng mở vào ngày 6 tháng 1 âm lịch.              | ngày 6 tháng 1 âm lịch            | 2013-02-15
            Cụ mất ngày 12/4 (ÂL), con cháu về đông đủ.          | ngày 12/4 (ÂL)                    | 2013-05-21
            Lễ cúng được tổ chức mùng 3 tháng Ba âm lịch.         | mùng 3 tháng Ba âm lịch           | 2013-04-12
            Ông sinh ngày 20 tháng 6 âm lịch năm 1990 ở Huế.      | ngày 20 tháng 6 âm lịch năm 1990  | 1990-08-10
            Bà mất ngày 8 tháng 11 năm 2001 âm lịch.              | ngày 8 tháng 11 năm 2001 âm lịch  | 2001-12-22
            Chợ phiên cuối năm họp ngày 28 tháng Chạp.            | ngày 28 tháng Chạp                | 2014-01-28
            """)
    void shouldReadALunarDayAsTheGregorianDayItFallsOn(String text, String day, String value) {
        assertOnlyMention(text, extractor.extract(text, "vi", REFERENCE), day, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phiên chợ cuối năm họp ngày 25 tháng Chạp.            | ngày 25 tháng Chạp                | 2014-01-25
            Giỗ cụ vào ngày 18 tháng 12 âm lịch.                   | ngày 18 tháng 12 âm lịch          | 2014-01-18
            Cụ sinh mùng 1 tháng Giêng âm lịch năm 1985.           | mùng 1 tháng Giêng âm lịch năm 1985 | 1985-01-21
            """)
    void shouldPlaceALunarDayWithoutAYearInTheLunarYearUnderWay(String text, String day, String value) {
        assertOnlyMention(text, extractor.extract(text, "vi", LocalDateTime.of(2014, 1, 20, 10, 0)), day, value,
                Granularity.DAY);
    }

    @Test
    void shouldKeepADayWithItsGregorianYearBeforeACyclicYear() {
        String text = "Ông ra đời ngày 2 tháng 9 năm 1945 năm Ất Dậu tại Hà Nội.";

        assertOnlyMention(text, extractor.extract(text, "vi", REFERENCE), "ngày 2 tháng 9 năm 1945", "1945-09-02",
                Granularity.DAY);
    }

    @Test
    void shouldFindNoDayThatTheLunarMonthLacks() {
        // the twelfth month of the year beginning in 2015 has 29 days
        assertThat(extractor.extract("Họ hẹn gặp ngày 30 tháng Chạp năm 2015 ở quê.", "vi", REFERENCE))
                .noneMatch(date -> date.granularity() == Granularity.DAY || date.granularity() == Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trận đánh nổ ra ngày 11 tháng 2 âm lịch năm Canh Tý.
            Sứ bộ lên đường ngày 4 tháng 9 âm lịch triều Minh Mạng.
            Cụ thường ăn chay vào tháng 7 âm lịch.
            Tháng 3 năm Tân Mão, triều đình dời đô.
            Ngày 9 tháng Tám năm Bính Thìn, vua ban chiếu.
            """)
    void shouldFindNoDateForALunarDayOrMonthWithoutAYearWeCanPlace(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }
}
