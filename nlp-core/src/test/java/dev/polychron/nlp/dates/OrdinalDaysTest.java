package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static org.assertj.core.api.Assertions.assertThat;

class OrdinalDaysTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Voters met on the third Tuesday of September 2014. | third Tuesday of September 2014 | 2014-09-16 | DAY
            el | Ψήφισαν την πρώτη Τρίτη του Οκτώβρη. | πρώτη Τρίτη του Οκτώβρη | 2013-10-01 | DAY
            el | Έκλεισε την τελευταία μέρα του Οκτωβρίου του 2015. | τελευταία μέρα του Οκτωβρίου του 2015 | 2015-10-31 | DAY
            hr | Birači su glasali treći utorak u rujnu 2014. | treći utorak u rujnu 2014 | 2014-09-16 | DAY
            hr | Zadnja nedjelja u ožujku je praznik. | Zadnja nedjelja u ožujku | 2013-03-31 | DAY
            en | The clocks change on the last Sunday of March. | last Sunday of March | 2013-03-31 | DAY
            en | Results came in the 2nd week of May 2016. | 2nd week of May 2016 | 2016-W19 | WEEK
            en | Trading resumed in the first week of 2015. | first week of 2015 | 2015-W01 | WEEK
            en | It closed on the last day of October 2015. | last day of October 2015 | 2015-10-31 | DAY
            it | Il voto è l'ultimo giorno di ottobre 2015. | ultimo giorno di ottobre 2015 | 2015-10-31 | DAY
            it | I saldi finiscono l'ultimo giorno dell'agosto 2016. | ultimo giorno dell'agosto 2016 | 2016-08-31 | DAY
            es | Abrió el primer lunes de marzo de 2014. | primer lunes de marzo de 2014 | 2014-03-03 | DAY
            sv | Mötet hölls första onsdagen i oktober 2014. | första onsdagen i oktober 2014 | 2014-10-01 | DAY
            nl | De laatste week van september 2014 was koud. | laatste week van september 2014 | 2014-W39 | WEEK
            de | Am zweiten Montag im Mai 2017 wurde gewählt. | zweiten Montag im Mai 2017 | 2017-05-08 | DAY
            pl | Wybory odbyły się w pierwszy wtorek listopada 2015. | pierwszy wtorek listopada 2015 | 2015-11-03 | DAY
            pl | Sklep zamknięto ostatniego dnia grudnia 2016. | ostatniego dnia grudnia 2016 | 2016-12-31 | DAY
            it | Il mercato apre il 1º martedì del mese di ottobre. | 1º martedì del mese di ottobre | 2013-10-01 | DAY
            fr | Le vote a lieu le premier lundi du mois d'avril 2015. | premier lundi du mois d'avril 2015 | 2015-04-06 | DAY
            fr | La foire ouvre le 3ème jour d'octobre 2014. | 3ème jour d'octobre 2014 | 2014-10-03 | DAY
            he | השעון משתנה ביום שישי האחרון של מרץ. | ביום שישי האחרון של מרץ | 2013-03-29 | DAY
            en | The club meets on the last Friday of the month. | last Friday of the month | 2013-02-22 | DAY
            fr | Le marché a lieu le premier lundi du mois. | premier lundi du mois | 2013-02-04 | DAY
            he | הכנס נפתח ביום ראשון השני במאי 2014. | ביום ראשון השני במאי 2014 | 2014-05-11 | DAY
            hi | नतीजे 2016 के दूसरे सप्ताह में आए। | 2016 के दूसरे सप्ताह | 2016-W02 | WEEK
            hi | घड़ियाँ मार्च के आखिरी रविवार को बदलती हैं। | मार्च के आखिरी रविवार | 2013-03-31 | DAY
            tr | Seçim ekimin birinci salısı yapılır. | ekimin birinci salısı | 2013-10-01 | DAY
            tr | Borsa 2015'in ilk haftası düştü. | 2015'in ilk haftası | 2015-W01 | WEEK
            tr | Fuar Temmuz'un son haftası açılır. | Temmuz'un son haftası | 2013-W30 | WEEK
            tr | Rapor 2018'in 3'üncü haftasında çıktı. | 2018'in 3'üncü haftasında | 2018-W03 | WEEK
            fr | La foire ouvrit le 4e jour de juillet, 1995. | 4e jour de juillet, 1995 | 1995-07-04 | DAY
            vi | Hội chợ mở vào ngày đầu tiên của tháng 5. | ngày đầu tiên của tháng 5 | 2013-05-01 | DAY
            vi | Chợ phiên họp thứ bảy cuối cùng của tháng 6 năm 2016. | thứ bảy cuối cùng của tháng 6 năm 2016 | 2016-06-25 | DAY
            vi | Giá tăng trong tuần đầu tiên của tháng 10 năm 2014. | tuần đầu tiên của tháng 10 năm 2014 | 2014-W40 | WEEK
            """)
    void shouldCountTheDayInItsMonthOrYearWhenAnOrdinalNamesIt(String language, String text, String expectedText,
                                                              String expectedValue, Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Exams end in the third last week of 2018.            | 17 | 40 | 2018-W50   | WEEK
            en | It shut the 2nd last week of October 2018.           | 12 | 41 | 2018-W42   | WEEK
            en | Rent is due the fifth last day of May.               | 16 | 37 | 2013-05-27 | DAY
            en | The fair is on the second last Friday of June 2014.  | 19 | 50 | 2014-06-20 | DAY
            """)
    void shouldCountFromTheEndWhenTheOrdinalIsFollowedByLast(String language, String text, int start, int end,
                                                             String value, Granularity granularity) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The fifth Monday of February 2013 never came. | February 2013
            en | The first weekend of May 2014 was sunny. | May 2014
            el | Πέμπτη τρίτη Μάρτη 2016 | Πέμπτη τρίτη Μάρτη 2016
            """)
    void shouldLeaveTheOrdinalOutWhenNoSuchDayOrUnitIsThere(String language, String text, String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.text()).isEqualTo(expectedText));
    }
}
