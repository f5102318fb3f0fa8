package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertMentionOf;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

/** Indonesian and Malay clocks, dates told from the one before, ranges and spans. */
class IndonesianAndMalayDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Rapat paripurna dimulai pukul 10.00 WIB di gedung dewan. | 10.00 | 2016-09-02T10:00 | MINUTE
            id | Kereta terakhir berangkat pukul 23:45 dari stasiun.       | 23:45 | 2016-09-02T23:45 | MINUTE
            ms | Mesyuarat itu bermula pukul 9.30 di dewan bandar raya.   | 9.30  | 2016-09-02T09:30 | MINUTE
            """)
    void shouldReadAClockAfterPukul(String language, String text, String expected, String value,
                                    Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, granularity);
    }

    /** News write the day's number in parentheses after its weekday and clock: "pukul 07.30 WIB, Selasa (17/3)". */
    @Test
    void shouldPutAClockOnTheDayInParenthesesAfterIt() {
        String text = "Rapat digelar pukul 07.30 WIB, Selasa (30/8), di gedung dewan.";

        assertOnlyMention(text, extractor.extract(text, "id", REFERENCE), "07.30 WIB, Selasa (30/8)",
                "2016-08-30T07:30", Granularity.MINUTE);
    }

    @Test
    void shouldKeepAClockOnTheReferencesDayWhenTheParenthesesHoldNoDay() {
        String text = "Rapat digelar pukul 07.30 WIB, Gedung Sate (lantai 3).";

        assertOnlyMention(text, extractor.extract(text, "id", REFERENCE), "07.30", "2016-09-02T07:30",
                Granularity.MINUTE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Sebanyak 23.30 ton beras dikirim ke gudang.
            id | Pertunjukan dimulai pukul 8 malam di alun-alun.
            ms | Harga naik 10.50 ringgit sekilo.
            """)
    void shouldReadNoClockInAQuantityOrBeforeAPartOfTheDay(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Pada tahun 2009 ia pindah ke Medan. Tiga tahun kemudian ia membuka toko. | Tiga tahun kemudian | 2012       | YEAR
            id | Jembatan ambruk pada 4 Mei 2011. Keesokan harinya jalan ditutup.          | Keesokan harinya    | 2011-05-05 | DAY
            id | Pabrik itu dibuka pada tahun 1995. Pada tahun yang sama banjir melanda.   | Pada tahun yang sama | 1995      | YEAR
            ms | Sekolah itu dibina pada tahun 1962. Dua tahun kemudian ia dibesarkan.     | Dua tahun kemudian  | 1964       | YEAR
            """)
    void shouldCountFromTheDateToldBefore(String language, String text, String expected, String value,
                                          Granularity granularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(2);
        assertMentionOf(text, mentions, expected, value, granularity);
    }

    @Test
    void shouldGiveNoDateForALaterCountWithNothingBeforeIt() {
        assertThat(extractor.extract("Dua hari kemudian polisi menangkap pelaku.", "id", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Pameran itu berlangsung dari 1 hingga 20 Desember.  | dari 1 hingga 20 Desember | 2016-12-01 | 2016-12-20 | DAY
            id | Ia menjabat bupati dari 2005 sampai 2010.           | dari 2005 sampai 2010     | 2005       | 2010       | YEAR
            ms | Sambutan itu diadakan dari 3 hingga 5 Mac 2015.     | dari 3 hingga 5 Mac 2015  | 2015-03-03 | 2015-03-05 | DAY
            id | Dermaga itu dipakai dari tahun 1998 hingga tahun 2004. | dari tahun 1998 hingga tahun 2004 | 1998 | 2004 | YEAR
            id | Dari tahun 2011 hingga sekarang, maskapai itu terbang ke Bali. | Dari tahun 2011 hingga sekarang | 2011-01-01 | 2016-09-02 | DAY
            id | Sejak 2008 hingga kini, pelabuhan itu diperluas dua kali. | Sejak 2008 hingga kini | 2008-01-01 | 2016-09-02 | DAY
            id | Ia memimpin orkestra itu (2012–kini).                | 2012–kini                 | 2012-01-01 | 2016-09-02 | DAY
            """)
    void shouldReadARangeFromDariToHingga(String language, String text, String expected, String value,
                                          String rangeEnd, Granularity granularity) {
        OnlyMention.assertOnlyMention(extractor.extract(text, language, REFERENCE), expected, text.indexOf(expected),
                value, rangeEnd, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kapal itu tiba di Surabaya tiga bulan lalu.   | tiga bulan lalu   | 2016-06-02 | DAY
            Dua pekan lalu maskapai itu menambah rute.    | Dua pekan lalu    | 2016-08-19 | DAY
            Uji terbang dijadwalkan Kamis pekan depan.    | Kamis pekan depan | 2016-09-08 | DAY
            Pekan lalu harga avtur naik.                  | Pekan lalu        | 2016-W34   | WEEK
            """)
    void shouldReadACountBeforeLaluAndTheWeekAsPekan(String text, String expected, String value,
                                                     Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, "id", REFERENCE), expected, value, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kini harga tiket pesawat naik lagi.
            Saat ini ada 40 kapal di dermaga.
            Pekan Raya Jakarta dibuka kembali.
            """)
    void shouldReadNoDateInNowAloneOrInAFairsName(String text) {
        assertThat(extractor.extract(text, "id", REFERENCE)).isEmpty();
    }

    @Test
    void shouldKeepAYearSinceWhichNoRangeRuns() {
        String text = "Penyanyi itu lahir pada tahun 1990 dan kini tinggal di Medan.";

        assertOnlyMention(text, extractor.extract(text, "id", REFERENCE), "1990", "1990", Granularity.YEAR);
    }

    @Test
    void shouldReadTheLastYearsAsASpanNotAsYearsToCome() {
        String text = "Harga beras naik 12 persen dalam 2 tahun terakhir.";

        OnlyMention.assertOnlyMention(extractor.extract(text, "id", REFERENCE), "2 tahun terakhir",
                text.indexOf("2 tahun terakhir"), "2014", "2015", Granularity.YEAR);
    }
}
