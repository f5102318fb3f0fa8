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
            zh    | 2015年煎饼星期二那天我们吃了煎饼。        | 2015年煎饼星期二        | 2015-02-17
            it    | I bambini aspettano la befana.            | befana                 | 2014-01-06
            ar    | واحتفلت القرية بعيد الأضحى.               | بعيد الأضحى            | 2013-10-15
            ar    | وتغلق المتاجر للمولد النبوي.              | للمولد النبوي          | 2014-01-13
            it    | Il corteo sfila per la festa della Liberazione. | festa della Liberazione | 2013-04-25
            it    | Parate per la festa della Repubblica.     | festa della Repubblica | 2013-06-02
            it    | Negozi chiusi il giorno dei morti.        | giorno dei morti       | 2013-11-02
            fr    | Le jour des morts, on fleurit les tombes. | jour des morts         | 2013-11-02
            it    | Pranzo in famiglia a Santo Stefano.       | Santo Stefano          | 2013-12-26
            it    | I musei restano aperti a Ognissanti.      | Ognissanti             | 2013-11-01
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
            nl    | De kinderen vieren Sinterklaas thuis.     | Sinterklaas            | 2013-12-05
            nl-BE | De kinderen vieren Sinterklaas thuis.     | Sinterklaas            | 2013-12-06
            en-US | Flowers for Mother's Day 2020.            | Mother's Day 2020      | 2020-05-10
            en    | Protests began on Good Friday 2016.       | Good Friday 2016       | 2016-03-25
            vi    | Sự kiện Tết Mậu Thân năm 1968 gây chấn động. | Tết Mậu Thân năm 1968 | 1968-01-29
            vi    | Cuộc tổng tiến công Tết Mậu Thân bắt đầu.  | Tết Mậu Thân          | 1968-01-29
            vi    | Cả làng đón Tết 2007 trong mưa phùn.       | Tết 2007               | 2007-02-17
            zh    | 1997年春节我们回家了。                     | 1997年春节              | 1997-02-07
            ko    | 1997년 설날에 가족이 모였다.                 | 1997년 설날             | 1997-02-08
            ko    | 2028년 설날에 만나요.                       | 2028년 설날             | 2028-01-27
            zh    | 2007年春节全家团圆。                          | 2007年春节              | 2007-02-18
            vi    | Thành phố bắn pháo hoa kỷ niệm ngày thống nhất đất nước năm 2016. | kỷ niệm ngày thống nhất đất nước năm 2016 | 2016-04-30
            vi    | Tết Quý Tỵ cả nhà sum họp.                | Tết Quý Tỵ             | 2013-02-10
            vi    | Hai bên gặp nhau dịp Tết 2020 ở Hà Nội.   | Tết 2020               | 2020-01-25
            vi    | Lễ Giáng sinh năm 2018 rất lạnh.          | Lễ Giáng sinh năm 2018 | 2018-12-25
            el    | Το Πάσχα 2021 οι εκκλησίες έμειναν κλειστές. | Πάσχα 2021          | 2021-05-02
            el    | Τα Χριστούγεννα του 2015 ήταν ήσυχα.       | Χριστούγεννα του 2015  | 2015-12-25
            el    | Τα Θεοφάνια του 2016 έκανε κρύο.           | Θεοφάνια του 2016      | 2016-01-06
            el    | Την Καθαρά Δευτέρα του 2016 πετάξαμε χαρταετό. | Καθαρά Δευτέρα του 2016 | 2016-03-14
            el    | Τη Μεγάλη Παρασκευή του 2019 έβρεχε.       | Μεγάλη Παρασκευή του 2019 | 2019-04-26
            el    | Το Μεγάλο Σάββατο του 2018 η πλατεία γέμισε. | Μεγάλο Σάββατο του 2018 | 2018-04-07
            el    | Τον Δεκαπενταύγουστο του 2017 τα νησιά γέμισαν. | Δεκαπενταύγουστο του 2017 | 2017-08-15
            el    | Παρέλαση για την επέτειο του Όχι 2012.     | επέτειο του Όχι 2012   | 2012-10-28
            vi    | Giỗ Tổ Hùng Vương năm 2015 có nhiều du khách. | Giỗ Tổ Hùng Vương năm 2015 | 2015-04-28
            vi    | Lễ Vu Lan năm 2016 chùa rất đông.          | Lễ Vu Lan năm 2016     | 2016-08-17
            vi    | Trường tổ chức Ngày Nhà giáo Việt Nam 2019. | Ngày Nhà giáo Việt Nam 2019 | 2019-11-20
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
            ko    | 광복절 행사가 열린다.                          | 광복절                  | 2013-08-15
            en-AU | The shop shuts on Labour Day.              | Labour Day             | 2013-10-07
            en-NZ | They marched on Labour Day 2012.           | Labour Day 2012        | 2012-10-22
            en-IE | The pubs were full on Labour Day 2012.     | Labour Day 2012        | 2012-05-07
            en-AU | Cards for fathers day 1996 sold out.       | fathers day 1996       | 1996-09-01
            nl    | Het was druk op Koningsdag 2014.           | Koningsdag 2014        | 2014-04-26
            nl    | Het was druk op Koningsdag 2018.           | Koningsdag 2018        | 2018-04-27
            en    | Flowers arrived on boss's day 2016.        | boss's day 2016        | 2016-10-17
            en    | Flowers arrived on boss's day 2021.        | boss's day 2021        | 2021-10-15
            en-US | Cake for administrative professionals' day 2016. | administrative professionals' day 2016 | 2016-04-27
            en-ZA | Cake for secretaries day.                  | secretaries day        | 2013-09-04
            en-CA | Parades on Saskatchewan Day.               | Saskatchewan Day       | 2013-08-05
            en-GB | Traffic on the summer bank holiday 2018.   | summer bank holiday 2018 | 2018-08-27
            en-IE | Traffic on the august bank holiday 2018.   | august bank holiday 2018 | 2018-08-06
            en    | Fireworks for chinese new year's day 2018. | chinese new year's day 2018 | 2018-02-16
            en    | The parade on st paddy's day was long.     | st paddy's day         | 2013-03-17
            en    | Mosques filled on Jumu'atul-Wida 2017.     | Jumu'atul-Wida 2017    | 2017-06-23
            en    | Mosques filled on Jumu'atul-Wida 2018.     | Jumu'atul-Wida 2018    | 2018-06-08
            en    | Flags flew for Yom Ha'atzmaut 2018.        | Yom Ha'atzmaut 2018    | 2018-04-18
            en    | The fast of Tisha B'Av 2018 was hot.       | Tisha B'Av 2018        | 2018-07-21
            en-CA | Fireworks on Victoria Day 2018.            | Victoria Day 2018      | 2018-05-21
            en-IN | Flags fly on Independence Day.             | Independence Day       | 2013-08-15
            en-CA | Wreaths are laid on Memorial Day.          | Memorial Day           | 2013-07-01
            zh    | 国庆节期间游客很多。                          | 国庆节                  | 2013-10-01
            zh-TW | 國慶節有煙火。                               | 國慶節                  | 2013-10-10
            en    | Banks shut for the sacrifice feast 2018.   | sacrifice feast 2018   | 2018-08-21
            en    | Lamps were lit on the night of measures 2017. | night of measures 2017 | 2017-06-22
            en    | Sermons on the prophet's ascension 2018.   | the prophet's ascension 2018 | 2018-04-13
            en-TT | Drums sounded for Hosay 2017.              | Hosay 2017             | 2017-09-30
            en    | Markets stay closed on Easter Mon.         | Easter Mon             | 2013-04-01
            en    | Choirs sang on White Sunday 2013.          | White Sunday 2013      | 2013-05-19
            en    | We rest on the Monday of the Holy Spirit.   | Monday of the Holy Spirit | 2013-05-20
            en    | Bells rang on Orthodox Great Friday 2020.  | Orthodox Great Friday 2020 | 2020-04-17
            en    | Kites flew on Orthodox Shrove Monday 2018. | Orthodox Shrove Monday 2018 | 2018-02-19
            en-US | Offices shut on Civil Rights Day of last year. | Civil Rights Day of last year | 2012-01-16
            en-US | Marches began last MLK Jr. Day.            | last MLK Jr. Day       | 2013-01-21
            en-AU | Flowers arrive on Secretaries' Day.        | Secretaries' Day       | 2013-05-03
            en    | Pandals filled the city for Durga Puja 2019. | Durga Puja 2019      | 2019-10-04
            en-US | City offices closed for Emancipation Day 2017. | Emancipation Day 2017 | 2017-04-17
            en-JM | Drums played on Emancipation Day 2018.     | Emancipation Day 2018  | 2018-08-01
            en-AU | Schools marked Reconciliation Day 2018.    | Reconciliation Day 2018 | 2018-05-28
            en    | Senators fear the Ides of March.           | Ides of March          | 2013-03-15
            en-CA | Wreaths are laid on Vimy Ridge Day.        | Vimy Ridge Day         | 2013-04-09
            en-BZ | Canoes land on Garifuna Settlement Day.    | Garifuna Settlement Day | 2013-11-19
            en-TT | Dancers perform on Indian Arrival Day.     | Indian Arrival Day     | 2013-05-30
            en    | Restaurants marked World Vegan Day.        | World Vegan Day        | 2013-11-01
            en-ZA | Schools close on Kruger Day.               | Kruger Day             | 2013-10-10
            en-PH | Wreaths for National Heroes' Day.          | National Heroes' Day   | 2013-08-26
            en-JM | Wreaths for National Heroes' Day.          | National Heroes' Day   | 2013-10-21
            en    | Lanterns for Hazrat Ali's birthday 2019.   | Hazrat Ali's birthday 2019 | 2019-03-20
            de    | Zum Lazarus-Samstag 2018 kamen Kinder.     | Lazarus-Samstag 2018   | 2018-03-31
            en    | They married on Easter Sunday two thousand ten. | Easter Sunday two thousand ten | 2010-04-04
            en    | Shops shut on Christmas nineteen ninety, said Ann. | Christmas nineteen ninety | 1990-12-25
            en-US | Returns were due on tax day 2017.          | tax day 2017           | 2017-04-18
            en-US | Returns were due on tax day 2012.          | tax day 2012           | 2012-04-17
            en-US | Accountants dread tax day in 4 years.      | tax day in 4 years     | 2017-04-18
            en    | Copts gathered on Covenant Thursday 2014.  | Covenant Thursday 2014 | 2014-04-17
            en-US | Arkansas marks Daisy Gatson Bates Day.     | Daisy Gatson Bates Day | 2013-02-18
            en-IN | Processions on Shivaji Jayanti 2014.       | Shivaji Jayanti 2014   | 2014-02-19
            en-US | Medics were thanked on EMSC Day 2019.      | EMSC Day 2019          | 2019-05-22
            en    | Families feasted on Parsi New Year 2019.   | Parsi New Year 2019    | 2019-08-17
            en    | Families feasted on Parsi New Year 2024.   | Parsi New Year 2024    | 2024-08-15
            de    | Zum Parsi-Neujahr 2021 kamen Gäste.        | Parsi-Neujahr 2021     | 2021-08-16
            es    | Charlas por el Día Mundial de la Lengua Árabe. | Día Mundial de la Lengua Árabe | 2013-12-18
            es    | Marchas en el Día de la Cero Discriminación. | Día de la Cero Discriminación | 2013-03-01
            es    | Los hospitales celebran el Día Mundial del Prematuro. | Día Mundial del Prematuro | 2013-11-17
            es    | Ferias en el Día Internacional de las Cooperativas del 2019. | Día Internacional de las Cooperativas del 2019 | 2019-07-06
            it    | Un convegno per la Giornata della lingua araba. | Giornata della lingua araba | 2013-12-18
            it    | Cortei nella Giornata mondiale contro la discriminazione. | Giornata mondiale contro la discriminazione | 2013-03-01
            it    | Luci viola per la Giornata mondiale della prematurità. | Giornata mondiale della prematurità | 2013-11-17
            it    | Concerti per la Giornata dell'Africa.      | Giornata dell'Africa   | 2013-05-25
            it    | Fiere nella Giornata internazionale delle cooperative del 2019. | Giornata internazionale delle cooperative del 2019 | 2019-07-06
            zh    | 端午节我们吃粽子。                            | 端午节                  | 2013-06-12
            zh    | 元宵節燈會很熱鬧。                            | 元宵節                  | 2013-02-24
            zh    | 重阳节老人登高。                              | 重阳节                  | 2013-10-13
            ko    | 추석 연휴가 시작된다.                          | 추석                    | 2013-09-19
            en    | Races are held on the Dragon Boat Festival.  | Dragon Boat Festival    | 2013-06-12
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
            en | Shops opened late in Ramadan 2018.         | Ramadan 2018        | 2018-05-16 | 2018-06-14
            en | They fasted through Ramadan 1977.          | Ramadan 1977        | 1977-08-15 | 1977-09-13
            zh | 2034年斋月期间                               | 2034年斋月           | 2034-11-12 | 2034-12-11
            ar | صاموا رمضان 2018 في القاهرة.                 | رمضان 2018          | 2018-05-16 | 2018-06-14
            en | The family met for Passover 2018.          | Passover 2018       | 2018-03-30 | 2018-04-07
            de | Zu Rosch haSchana 2018 kamen alle.         | Rosch haSchana 2018 | 2018-09-09 | 2018-09-11
            en | Candles for Hanukkah 2018.                 | Hanukkah 2018       | 2018-12-02 | 2018-12-09
            en | Sukkot 2018 began on a Sunday.             | Sukkot 2018         | 2018-09-23 | 2018-10-01
            en | Cheesecake at Shavuot 2018.                | Shavuot 2018        | 2018-05-19 | 2018-05-21
            de | In der Fastenzeit 2018 aß er kein Fleisch. | Fastenzeit 2018     | 2018-02-14 | 2018-03-31
            en | During the great lent 2018 he fasted.      | great lent 2018     | 2018-02-19 | 2018-03-30
            en | Dancers met each night of Navratri 2018.   | Navratri 2018       | 2018-10-10 | 2018-10-18
            en | Crews trained during EMS Week 2019.        | EMS Week 2019       | 2019-05-19 | 2019-05-25
            """)
    void shouldDateNamedPeriodFromItsFirstToItsLastDay(String language, String text, String mention, String first,
                                                        String last) {
        DateMention date = extractor.extract(text, language, REFERENCE).stream()
                .filter(d -> d.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(extractor.extract(text, language, REFERENCE).toString()));
        assertThat(date.value()).isEqualTo(first);
        assertThat(date.rangeEnd()).isEqualTo(last);
        assertThat(date.granularity()).isEqualTo(Granularity.DAY);
    }

    @Test
    void shouldDateANamedPeriodUnderWayAtTheReferenceDateToThatPeriod() {
        DateMention ramadan = extractor.extract("Shops close early during Ramadan.", "en",
                LocalDateTime.of(2018, 5, 20, 12, 0)).get(0);

        assertThat(ramadan.value()).isEqualTo("2018-05-16");
        assertThat(ramadan.rangeEnd()).isEqualTo("2018-06-14");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Tutti i santi giorni la stessa storia.
            en | Rakhi Sawant posted a video.
            en | They planned a family day out.
            de | Das Lichterfest in Leipzig war voll.
            tr | Ramazan Yılmaz konuştu.
            en | She lent him the book that afternoon.
            ar | كان العيد سعيدا في القاهرة.
            ar | يسكن بعيد عن السوق.
            en | The feast of the sacrifice was described in the book.
            tr | Bayram yolunda trafik yoğundu.
            en | Pongal and vada were served at breakfast.
            en | She asked about the night journey home.
            en | The team took an admin day to file reports.
            """)
    void shouldFindNoNamedDayWhenOnlyAWordOfItsNameIsThere(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Sau ngày giải phóng miền Nam, cô mở một hiệu sách.
            vi | Trước ngày thống nhất đất nước, anh làm thợ may.
            el | Ήταν μια μεγάλη Παρασκευή για τους εμπόρους.
            el | Περάσαμε ένα μεγάλο Σάββατο στη θάλασσα.
            el | Ήταν μια Μεγάλη Πέμπτη για την ομάδα.
            """)
    void shouldFindNoNamedDayInAnEventOrAnAdjective(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .noneMatch(date -> date.text().contains(" ") && date.granularity() == Granularity.DAY);
    }

    @Test
    void shouldTakeNoYearFromACountInWordsAfterANamedDay() {
        String text = "At Easter two thousand pilgrims come.";

        OnlyMention.assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), "Easter", "2013-03-31",
                Granularity.DAY);
    }

    @Test
    void shouldLeaveOutANamedDayThatFallsPastYear9999() {
        LocalDateTime lastDay = LocalDateTime.of(9999, 12, 31, 12, 0);

        assertThat(extractor.extract("Christmas tomorrow", "en", lastDay)).extracting(DateMention::text)
                .containsExactly("tomorrow");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Traffic was heavy at Easter.              | Easter        | 2015-04-05
            en | We met at Christmas.                      | Christmas     | 2014-12-25
            en | Traffic will be heavy at Easter.          | Easter        | 2016-03-27
            en | The shops open at Easter.                 | Easter        | 2016-03-27
            """)
    void shouldReadANamedDayWithoutItsYearOnTheSideItsTenseTells(String language, String text, String expectedText,
                                                                String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.of(2015, 5, 10, 9, 0))).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.text()).isEqualTo(expectedText);
                    assertThat(mention.value()).isEqualTo(expectedValue);
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | In 2009 he died shortly after Christmas.                        | Christmas     | 2009-12-25
            en | The war began in 1914. At Christmas, soldiers left the trenches. | Christmas    | 1914-12-25
            en | The bank collapsed in 2008. Following Christmas, sales fell.     | Christmas    | 2008-12-25
            """)
    void shouldPutANamedDayOnTheSameDateEveryYearInTheYearToldBeforeIt(String language, String text,
                                                                      String expectedText, String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.of(2015, 5, 10, 9, 0)))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .satisfies(mention -> assertThat(mention.value()).isEqualTo(expectedValue));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | In 1914 the war began. The following Christmas, soldiers met.     | following Christmas | 1914-12-25
            en | On 4 August 1914 the war began. The following Christmas was cold. | following Christmas | 1914-12-25
            en | On 26 December 1914 it snowed. The following Christmas was mild.  | following Christmas | 1915-12-25
            en | He fled in 1848. He returned the next Christmas.                   | next Christmas      | 1848-12-25
            en | He fled in 1848. He returned the next New Year's Day.              | next New Year's Day | 1849-01-01
            en | In December 1914 a truce held. The following Christmas, none did. | following Christmas | 1915-12-25
            en | In the summer of 1914 war broke out. The following Christmas came. | following Christmas | 1914-12-25
            """)
    void shouldPutTheNextNamedDayAfterTheDateToldBeforeIt(String language, String text, String expectedText,
                                                        String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.of(2015, 5, 10, 9, 0)))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .satisfies(mention -> assertThat(mention.value()).isEqualTo(expectedValue));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A memorial for victims who died in 2009 is held every Christmas Eve. | Christmas Eve | 2015-12-24
            en | In 2009 the company said it expects shoppers to return by Christmas.  | Christmas     | 2015-12-25
            en | The bank collapsed in 2008. Next Christmas, shoppers will spend less. | Next Christmas | 2015-12-25
            en | The pub, which opened in 1890, will close the following Christmas. | following Christmas | 2015-12-25
            """)
    void shouldLeaveANamedDayOutOfTheYearToldBeforeItWhereItsClauseTellsNoPast(String language, String text,
                                                                              String expectedText,
                                                                              String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.of(2015, 5, 10, 9, 0)))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .satisfies(mention -> assertThat(mention.value()).isEqualTo(expectedValue));
    }
}
