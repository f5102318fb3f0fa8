package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class HolidaysTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | They met at Christmas 2019 in Paris.      | Christmas 2019         | 2019-12-25
            da    | Vi ses nytårsaften.                       | nytårsaften            | 2013-12-31
            it    | La festa del papà cade di martedì.        | festa del papà         | 2013-03-19
            it    | I bambini aspettano la befana.            | befana                 | 2014-01-06
            it    | Il corteo sfila per la festa della Liberazione. | festa della Liberazione | 2013-04-25
            it    | Parate per la festa della Repubblica.     | festa della Repubblica | 2013-06-02
            it    | Negozi chiusi il giorno dei morti.        | giorno dei morti       | 2013-11-02
            it    | Pranzo in famiglia a Santo Stefano.       | Santo Stefano          | 2013-12-26
            it    | Il voto cade alle idi di marzo.           | idi di marzo           | 2013-03-15
            ca    | Sopem la nit de cap d'any.                | nit de cap d'any       | 2013-12-31
            ro    | Ne vedem de Crăciun la bunici.            | Crăciun                | 2013-12-25
            da    | Butikken er lukket 1. juledag.            | 1. juledag             | 2013-12-25
            sv    | Vi ses på nyårsdagen.                     | nyårsdagen             | 2014-01-01
            nb    | Vi feirer morsdag med kake.               | morsdag                | 2014-02-09
            sv    | Vi firar mors dag i parken.               | mors dag               | 2013-05-26
            en-US | We will talk at Thanksgiving.             | Thanksgiving           | 2013-11-28
            en-CA | We will talk at Thanksgiving.             | Thanksgiving           | 2013-10-14
            en-US | They had met last thanksgiving.           | last thanksgiving      | 2012-11-22
            en-US | We meet thanksgiving 9 months from now.   | thanksgiving 9 months from now | 2013-11-28
            en    | They marry at Easter next year.           | Easter next year       | 2014-04-20
            en-US | Turkey at thanksgiving of next year.      | thanksgiving of next year | 2014-11-27
            de    | Sie heiraten Ostern nächstes Jahr.        | Ostern nächstes Jahr   | 2014-04-20
            en-US | The sale starts on Black Friday 2014.     | Black Friday 2014      | 2014-11-28
            en-GB | Flowers for Mother's Day 2020.            | Mother's Day 2020      | 2020-03-22
            en-US | Flowers for Mother's Day 2020.            | Mother's Day 2020      | 2020-05-10
            en    | Protests began on Good Friday 2016.       | Good Friday 2016       | 2016-03-25
            vi    | Hai bên gặp nhau dịp Tết 2020 ở Hà Nội.   | Tết 2020               | 2020-01-25
            vi    | Lễ Giáng sinh năm 2018 rất lạnh.          | Lễ Giáng sinh năm 2018 | 2018-12-25
            el    | Το Πάσχα 2021 οι εκκλησίες έμειναν κλειστές. | Πάσχα 2021          | 2021-05-02
            el    | Τα Χριστούγεννα του 2015 ήταν ήσυχα.       | Χριστούγεννα του 2015  | 2015-12-25
            el    | Τα Θεοφάνια του 2016 έκανε κρύο.           | Θεοφάνια του 2016      | 2016-01-06
            el    | Την Καθαρά Δευτέρα του 2016 πετάξαμε χαρταετό. | Καθαρά Δευτέρα του 2016 | 2016-03-14
            vi    | Lễ Quốc khánh 2015 được tổ chức lớn.       | Lễ Quốc khánh 2015     | 2015-09-02
            el    | Η μέρα της μητέρας του 2014 ήταν ζεστή.    | μέρα της μητέρας του 2014 | 2014-05-11
            el    | Παρέλαση για την ημέρα της επανάστασης.   | ημέρα της επανάστασης  | 2013-03-25
            el    | Θυμάται την προηγούμενη μέρα του πατέρα.  | προηγούμενη μέρα του πατέρα | 2012-06-17
            el    | Η μέρα του πατέρα το 1996 ήταν Κυριακή.   | μέρα του πατέρα το 1996 | 1996-06-16
            el    | Η μέρα της μητέρας της περασμένης χρονιάς. | μέρα της μητέρας της περασμένης χρονιάς | 2012-05-13
            el    | Λουλούδια του Αγίου Βαλεντίνου.           | Αγίου Βαλεντίνου       | 2013-02-14
            de    | Zu Ostern 2021 blieben die Kirchen leer.   | Ostern 2021            | 2021-04-04
            de    | Am Tag der Deutschen Einheit 1990 feierte Berlin. | Tag der Deutschen Einheit 1990 | 1990-10-03
            fr    | Le soir de Noël 2019, Paris brillait.      | Noël 2019              | 2019-12-25
            fr    | À Pâques 2022 la ville était calme.        | Pâques 2022            | 2022-04-17
            ru    | На Пасху 2021 года храмы были полны.       | Пасху 2021 года        | 2021-05-02
            ru    | Новый год 2014 встречали в Москве.         | Новый год 2014         | 2014-01-01
            en    | Markets closed for Eid al-Fitr 2019.       | Eid al-Fitr 2019       | 2019-06-04
            en    | Pilgrims gathered before Eid al-Adha 1974. | Eid al-Adha 1974       | 1974-01-03
            de    | Zum Opferfest 2019 reisten viele heim.     | Opferfest 2019         | 2019-08-11
            tr    | Ramazan Bayramı 2019 evde geçti.           | Ramazan Bayramı 2019   | 2019-06-04
            ar    | احتفلوا في عيد الأضحى 2023 في القاهرة.      | عيد الأضحى 2023        | 2023-06-28
            en    | Crowds came for Ashura this year.          | Ashura this year       | 2013-11-13
            en    | Markets closed for Eid al-Fitr 2018.       | Eid al-Fitr 2018       | 2018-06-15
            en    | The country stopped for Yom Kippur 2018.   | Yom Kippur 2018        | 2018-09-18
            de    | Zu Purim kamen viele Gäste.                | Purim                  | 2013-02-23
            zh    | 今年圣诞节很冷。                             | 圣诞节                  | 2013-12-25
            zh    | 復活節星期一放假。                            | 復活節星期一             | 2013-04-01
            de    | Am orthodoxen Karfreitag 2018 blieb es still. | orthodoxen Karfreitag 2018 | 2018-04-06
            en    | Fireworks lit up Canada Day.               | Canada Day             | 2013-07-01
            tr    | 2018 Kurban Bayramı sessiz geçti.          | 2018 Kurban Bayramı    | 2018-08-21
            zh    | 2018年圣诞节很冷。                           | 2018年圣诞节            | 2018-12-25
            pl    | W Wielki Piątek sklepy były zamknięte.     | Wielki Piątek          | 2013-03-29
            ko    | 광복절 행사가 열렸다.                          | 광복절                  | 2013-08-15
            zh    | 国庆节期间游客很多。                          | 国庆节                  | 2013-10-01
            zh-TW | 國慶節有煙火。                               | 國慶節                  | 2013-10-10
            """)
    void shouldDateNamedDayWhenLanguageNamesIt(String language, String text, String mention, String value) {
        DateMention date = extractor.extract(text, language, REFERENCE).stream()
                .filter(d -> d.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(extractor.extract(text, language, REFERENCE).toString()));
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.granularity()).isEqualTo(Granularity.DAY);
        assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | كان العيد سعيدا هذا العام في القاهرة.
            en | The feast of the sacrifice was described in the book.
            tr | Bayram yolunda trafik yoğundu.
            """)
    void shouldFindNoNamedDayWhenOnlyAWordOfItsNameIsThere(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @Test
    void shouldLeaveANamedDayAloneWhenTheDateAfterItIsPastYear9999() {
        LocalDateTime lastDay = LocalDateTime.of(9999, 12, 31, 12, 0);

        assertThat(extractor.extract("Christmas tomorrow", "en", lastDay)).extracting(DateMention::text)
                .containsExactly("Christmas", "tomorrow");
    }
}
