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

/** Dutch and Turkish clocks and the dates they tell from the one before. */
class DutchAndTurkishDatesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | De gemeenteraad vergaderde om 19.30 uur in het stadhuis. | 19.30 uur         | 2016-09-02T19:30 | MINUTE
            nl | De markt sluit vandaag om 17 uur.                        | vandaag om 17 uur | 2016-09-02T17 | HOUR
            tr | Oturum saat 14.30'da yeniden başladı.                    | 14.30     | 2016-09-02T14:30 | MINUTE
            tr | Seçim sandıkları saat 17:00 itibarıyla kapandı.          | 17:00     | 2016-09-02T17:00 | MINUTE
            """)
    void shouldReadAClockAfterItsWord(String language, String text, String expected, String value,
                                      Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | Zij vroeg om 2 uur extra studietijd.
            nl | De voorstelling begint om 8 uur 's avonds.
            nl | De overtocht duurde 11 uur.
            nl | Het feest begint vanavond om 8 uur.
            nl | De bus vertrekt om 2 uur.
            tr | Nöbetçi eczane saat 15-16 arasında kapalı.
            tr | Final maçı pazar akşamı saat 21.00'de oynanacak.
            nl | Het feest begint vanavond om 8.30 uur.
            tr | Ameliyat 6 saat sürdü.
            tr | Konser akşam saat 9'da başlıyor.
            """)
    void shouldReadNoClockInADurationAfterAPartOfTheDayOrOnAnAmbiguousHour(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | De dijk brak door op 1 februari 1953. De volgende dag begon de evacuatie. | De volgende dag   | 1953-02-02 | DAY
            nl | Het station werd in 1889 geopend. In hetzelfde jaar reed de eerste tram.  | In hetzelfde jaar | 1889       | YEAR
            tr | Baraj 12 Mart 2004'te açıldı. Ertesi gün ilk elektrik üretildi.           | Ertesi gün        | 2004-03-13 | DAY
            tr | Kütüphane 1972'de kuruldu. Aynı yıl ilk kitaplar bağışlandı.              | Aynı yıl          | 1972       | YEAR
            tr | Orkestra 1986'da kuruldu. İki yıl sonra ilk turnesine çıktı.           | İki yıl sonra     | 1988       | YEAR
            tr | Feribot 4 Ekim 2003'te denize indirildi. 3 gün sonra sefere başlamıştı. | 3 gün sonra    | 2003-10-07 | DAY
            """)
    void shouldCountFromTheDateToldBefore(String language, String text, String expected, String value,
                                          Granularity granularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(2);
        assertMentionOf(text, mentions, expected, value, granularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Havalimanı iki yıl sonra hizmete girecek.                      | iki yıl sonra | 2018-09-02
            Liman 1998'de açıldı. Üç ay sonra yeni rıhtım da açılacak.     | Üç ay sonra   | 2016-12-02
            """)
    void shouldCountFromNowWhereNoPastVerbClosesTheSentence(String text, String expected, String value) {
        assertMentionOf(text, extractor.extract(text, "tr", REFERENCE), expected, value, Granularity.DAY);
    }

    @Test
    void shouldGiveNoDateForALaterCountInThePastWithNothingBeforeIt() {
        assertThat(extractor.extract("İki yıl sonra şirket kâra geçti.", "tr", REFERENCE)).isEmpty();
    }
}
