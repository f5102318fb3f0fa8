package dev.polychron.nlp.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates of the calendars Persian and Thai articles write: the Solar Hijri calendar's days, months and years ("۲۲ بهمن
 * ۱۳۵۷" is 1979-02-11), Islamic years after "قمری", common-era years after "میلادی"; Thai years of the Buddhist Era
 * after "พ.ศ." or alone ("ในปี 2557" is 2014).
 */
class SolarHijriAndBuddhistEraDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private static final RuleBasedDateExtractor EXTRACTOR = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fa | انقلاب در ۲۲ بهمن ۱۳۵۷ پیروز شد.                | ۲۲ بهمن ۱۳۵۷             | 1979-02-11 |
            fa | ۱ فروردین ۱۳۹۴ هجری شمسی آغاز سال نو بود.        | ۱ فروردین ۱۳۹۴ هجری شمسی | 2015-03-21 |
            fa | قرارداد در مهر ۱۳۹۲ امضا شد.                    | مهر ۱۳۹۲                 | 2013-09-23 | 2013-10-22
            fa | این کتاب در سال ۱۳۸۰ چاپ شد.                    | ۱۳۸۰                     | 2001-03-21 | 2002-03-20
            fa | او در سال ۱۳۹۹ خورشیدی درگذشت.                  | ۱۳۹۹                     | 2020-03-20 | 2021-03-20
            fa | مسجد در سال ۱۴۲۰ قمری ساخته شد.                 | ۱۴۲۰                     | 1999-04-17 | 2000-04-05
            fa | قسطنطنیه در سال ۱۴۵۳ میلادی فتح شد.             | ۱۴۵۳                     | 1453       |
            fa | المپیک ۲۰۱۲ در لندن برگزار شد.                  | ۲۰۱۲                     | 2012       |
            fa | در دهه ۱۳۶۰ جنگ ادامه داشت.                      | دهه ۱۳۶۰                 | 1981-03-21 | 1991-03-20
            th | เมื่อวันที่ 3 ตุลาคม พ.ศ. 2533 เยอรมนีรวมประเทศ   | 3 ตุลาคม พ.ศ. 2533        | 1990-10-03 |
            th | ในปี พ.ศ. 2557 เกิดรัฐประหาร                     | พ.ศ. 2557                | 2014       |
            th | ในปี 2549 มีการเลือกตั้ง                          | 2549                     | 2006       |
            th | กรุงเทพมหานครสถาปนาเมื่อ พ.ศ. 2325               | พ.ศ. 2325                | 1782       |
            th | ในเดือนมีนาคม 2568 ราคาน้ำมันลดลง               | มีนาคม 2568              | 2025-03    |
            th | ราคาขึ้นตั้งแต่มกราคม พ.ศ. 2567 เป็นต้นมา          | มกราคม พ.ศ. 2567         | 2024-01    |
            th | ราคาน้ำมันเดือนมี.ค. 2568 สูงขึ้น                  | มี.ค. 2568               | 2025-03    |
            """)
    void shouldReadTheCalendarOfTheLanguage(String language, String text, String mention, String value,
                                            String rangeEnd) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).singleElement().satisfies(date -> {
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.rangeEnd()).isEqualTo(rangeEnd);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fa | ۲۰۰۰ نفر در تظاهرات بازداشت شدند.
            th | ราคา 2557 บาท
            th | มีผู้ประท้วง 2000 คน
            th | ราคา 2325 บาท
            th | ในเดือนมีนาคมมีผู้ป่วย 2568 ราย
            th | ในเดือนมีนาคม 2568 ราย
            th | ยอดขายเดือนมีนาคม 2568 บาท
            """)
    void shouldFindNoYearInACount(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).isEmpty();
    }
}
