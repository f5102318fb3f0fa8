package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TensedYearsTest {

    /** Early in a year, where a past day without a year is often the last year's. */
    private static final LocalDateTime JANUARY = LocalDateTime.of(2014, 1, 10, 9, 0);
    /** Late in a year, where a coming day without a year is often the next year's. */
    private static final LocalDateTime NOVEMBER = LocalDateTime.of(2014, 11, 20, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The minister said on 30 December that he resigns. | 30 December   | 2013-12-30 | DAY
            en | Prices were higher in November.                   | November      | 2013-11    | MONTH
            en | The rally was on Dec. 28.                          | Dec. 28       | 2013-12-28 | DAY
            en | Police arrested him on December 30.                | December 30   | 2013-12-30 | DAY
            en | The firm announced on Dec. 28 that it will close.  | Dec. 28       | 2013-12-28 | DAY
            en | The rally is on Dec. 28.                           | Dec. 28       | 2014-12-28 | DAY
            en | The summit is on Dec. 28, officials said.          | Dec. 28       | 2014-12-28 | DAY
            en | The law will take effect on 5 January.             | 5 January     | 2014-01-05 | DAY
            en | The rally was held on January 14.                  | January 14    | 2014-01-14 | DAY
            en | The rally was held on 30 December 2014.            | 30 December 2014 | 2014-12-30 | DAY
            vi | Ngày 28/12, cảnh sát đã bắt giữ nghi phạm.         | 28/12         | 2013-12-28 | DAY
            vi | Tháng 12, giá xăng đã tăng.                        | Tháng 12      | 2013-12    | MONTH
            vi | Lễ khánh thành diễn ra ngày 30/12 vừa qua.         | 30/12         | 2013-12-30 | DAY
            de | Am 30.12. trafen sie sich.                         | 30.12.        | 2013-12-30 | DAY
            fr | Le 28 décembre, la police avait arrêté le suspect. | 28 décembre   | 2013-12-28 | DAY
            el | Στις 28 Δεκεμβρίου η κυβέρνηση ανακοίνωσε τα μέτρα. | 28 Δεκεμβρίου | 2013-12-28 | DAY
            el | Στις 29 Δεκεμβρίου έγινε ισχυρός σεισμός στη Ρόδο. | 29 Δεκεμβρίου | 2013-12-29 | DAY
            ko | 경찰은 12월 28일 용의자를 체포했다.            | 12월 28일     | 2013-12-28 | DAY
            zh | 6月5日举行了会议。                              | 6月5日        | 2013-06-05 | DAY
            ko | 추석 연휴에 공연이 열렸다.                       | 추석          | 2013-09-19 | DAY
            el | Ο συνθέτης πέθανε στις 27 Δεκεμβρίου.             | 27 Δεκεμβρίου | 2013-12-27 | DAY
            en | The poet died on 29 December.                      | 29 December   | 2013-12-29 | DAY
            en | The envoy left on December 27 for Cairo.           | December 27   | 2013-12-27 | DAY
            en | Rebels held them on Dec. 26.                       | Dec. 26       | 2013-12-26 | DAY
            en | Two soldiers were wounded on 28 December.          | 28 December   | 2013-12-28 | DAY
            fr | Le chanteur est mort le 29 décembre.               | 29 décembre   | 2013-12-29 | DAY
            fr | Les délégués se sont réunis le 27 décembre.        | 27 décembre   | 2013-12-27 | DAY
            fr | La vente s'est achevée le 26 décembre.             | 26 décembre   | 2013-12-26 | DAY
            it | È morto il 29 dicembre a Torino.                   | 29 dicembre   | 2013-12-29 | DAY
            it | Ha firmato il 27 dicembre la nuova legge.          | 27 dicembre   | 2013-12-27 | DAY
            it | Il vertice si è svolto il 26 dicembre.             | 26 dicembre   | 2013-12-26 | DAY
            ru | Писатель умер 29 декабря.                          | 29 декабря    | 2013-12-29 | DAY
            ru | Губернатор подписал указ 27 декабря.               | 27 декабря    | 2013-12-27 | DAY
            de | Der Kanzler hat den Vertrag am 30. Dezember unterzeichnet. | 30. Dezember | 2013-12-30 | DAY
            de | Die Sängerin ist am 29. Dezember in Wien gestorben. | 29. Dezember  | 2013-12-29 | DAY
            de | Am 28. Dezember ist das Flugzeug abgestürzt.       | 28. Dezember  | 2013-12-28 | DAY
            de | Er sagte, dass man ihn am 27. Dezember verhaftet hat. | 27. Dezember | 2013-12-27 | DAY
            en | On 29 December the ferry sank off the cape.        | 29 December   | 2013-12-29 | DAY
            en | On 30 December, the two airlines merged.           | 30 December   | 2013-12-30 | DAY
            en | In December the bank collapsed.                    | December      | 2013-12    | MONTH
            pt | O escritor morreu a 30 de dezembro em Lisboa.      | 30 de dezembro | 2013-12-30 | DAY
            pt | O clube venceu a 29 de dezembro.                   | 29 de dezembro | 2013-12-29 | DAY
            pl | Pisarz zmarł 29 grudnia w Krakowie.                | 29 grudnia    | 2013-12-29 | DAY
            nl | De schrijver overleed op 29 december.              | 29 december   | 2013-12-29 | DAY
            tr | Yazar 29 Aralık'ta İstanbul'da öldü.               | 29 Aralık     | 2013-12-29 | DAY
            tr | Aralık ayında seçim yapıldı.                       | Aralık        | 2013-12    | MONTH
            uk | Письменник помер 29 грудня у Києві.                | 29 грудня     | 2013-12-29 | DAY
            cs | Spisovatel zemřel 29. prosince v Praze.            | 29. prosince  | 2013-12-29 | DAY
            en | Temperatures reached 45C in the south on 28 December. | 28 December | 2013-12-28 | DAY
            en | The bank raised rates to 5.25 per cent on 3 December. | 3 December | 2013-12-03 | DAY
            en | She arrived in Paris on 27 December.               | 27 December   | 2013-12-27 | DAY
            en | The measure, first proposed in December, would expire soon. | December | 2013-12 | MONTH
            en | By 28 December, the homes were without power.      | 28 December   | 2013-12-28 | DAY
            en | He was appointed chief executive in December.      | December      | 2013-12    | MONTH
            uk | Фільм вийшов у грудні.                             | грудні        | 2013-12    | MONTH
            en | The minister, who resigned in December, will testify soon. | December | 2013-12 | MONTH
            hu | Az író december 29-én meghalt Budapesten.         | december 29-én | 2013-12-29 | DAY
            hu | Decemberben választásokat tartottak.              | Decemberben   | 2013-12    | MONTH
            """)
    void shouldPutAPastDayWithoutYearBeforeTheReference(String language, String text, String expectedText,
                                                      String expectedValue, Granularity granularity) {
        assertOnlyMention(extractor.extract(text, language, JANUARY), expectedText, expectedValue, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The law will take effect on Jan. 1.                | Jan. 1        | 2015-01-01 | DAY
            en | The plant will open in February.                   | February      | 2015-02    | MONTH
            en | The summit was held on March 3.                    | March 3       | 2014-03-03 | DAY
            en | The summit is on March 3.                          | March 3       | 2014-03-03 | DAY
            en | He said the vote will be on 3 March.               | 3 March       | 2015-03-03 | DAY
            en | The vote will be on 14 November.                   | 14 November   | 2014-11-14 | DAY
            el | Η σύνοδος θα γίνει στις 3 Μαρτίου.                 | 3 Μαρτίου     | 2015-03-03 | DAY
            fr | Le sommet aura lieu le 3 mars.                     | 3 mars        | 2015-03-03 | DAY
            fr | Le club recevra ses rivaux le 3 mars.              | 3 mars        | 2015-03-03 | DAY
            fr | La ministre devra trancher le 3 mars.              | 3 mars        | 2015-03-03 | DAY
            fr | Je signerai le contrat le 3 mars.                  | 3 mars        | 2015-03-03 | DAY
            en | The accord will be formally ratified on 3 March.   | 3 March       | 2015-03-03 | DAY
            en | The governor is expected to veto the bill on 3 March. | 3 March     | 2015-03-03 | DAY
            en | The launch is scheduled to take place on 3 March.  | 3 March       | 2015-03-03 | DAY
            en | The band plans to tour Japan on 3 March.           | 3 March       | 2015-03-03 | DAY
            en | The board will meet with investors on 3 March.    | 3 March       | 2015-03-03 | DAY
            vi | Hội nghị sẽ diễn ra vào ngày 3 tháng 3.            | ngày 3 tháng 3 | 2015-03-03 | DAY
            vi | Từ ngày 1/1 tới, vé tàu tăng giá.                  | 1/1           | 2015-01-01 | DAY
            vi | Hãng bay mở đường bay mới vào ngày 5/3 tới tại Đà Nẵng. | 5/3     | 2015-03-05 | DAY
            vi | Tháng 3 tới, cảng mở bến container mới.            | Tháng 3       | 2015-03    | MONTH
            en | They will meet the day before yesterday's deadline. | the day before yesterday | 2014-11-18 | DAY
            ru | Губернатор подпишет закон 12 января.               | 12 января     | 2015-01-12 | DAY
            ru | Новый мост откроется 9 февраля.                    | 9 февраля     | 2015-02-09 | DAY
            tr | Zirve 3 Mart'ta Ankara'da yapılacak.               | 3 Mart        | 2015-03-03 | DAY
            uk | Саміт відбудеться 3 березня.                       | 3 березня     | 2015-03-03 | DAY
            hu | A csúcstalálkozó március 3-án lesz Budapesten.    | március 3-án  | 2015-03-03 | DAY
            en | The new terminal opens on 3 March.                 | 3 March       | 2015-03-03 | DAY
            en | Ballots close on 3 March.                          | 3 March       | 2015-03-03 | DAY
            """)
    void shouldPutAComingDayWithoutYearAfterTheReference(String language, String text, String expectedText,
                                                       String expectedValue, Granularity granularity) {
        assertOnlyMention(extractor.extract(text, language, NOVEMBER), expectedText, expectedValue, granularity);
    }

    @Test
    void shouldCountOnFromTheDayTheTenseMoved() {
        assertThat(extractor.extract("Police arrested him on December 30. Two days later he was released.", "en",
                JANUARY)).extracting(DateMention::text, DateMention::value).containsExactly(
                        tuple("December 30", "2013-12-30"),
                        tuple("Two days later", "2014-01-01"));
        assertThat(extractor.extract("He resigned on Tuesday. Two days later he left.", "en",
                LocalDateTime.of(2014, 5, 10, 9, 0))).extracting(DateMention::value)
                .containsExactly("2014-05-06", "2014-05-08");
    }

    @Test
    void shouldMoveADayWhereADateNearTheReferenceIsToldAfterAFarYear() {
        String text = "Turnout was the lowest since 1952. The budget for fiscal 2014, which began on 28 December, "
                + "was cut.";

        assertThat(extractor.extract(text, "en", JANUARY)).filteredOn(mention -> mention.text().equals("28 December"))
                .singleElement().extracting(DateMention::value).isEqualTo("2013-12-28");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-05-10 | en | The company said that the store opens on September 9. | September 9 | 2014-09-09
            2014-05-10 | en | The offer, which was popular, expires on December 20. | December 20 | 2014-12-20
            2014-05-10 | en | His diary, 1809 pages long, says he was shot on April 14. | April 14 | 2014-04-14
            2014-05-10 | es | El ministro dijo que la ley entra en vigor el 1 de julio. | 1 de julio | 2014-07-01
            2014-05-10 | ca | Les eleccions se celebraran el 14 de febrer. | 14 de febrer | 2015-02-14
            2014-05-10 | ca | El president declarà l'estat d'emergència el 14 de febrer. | 14 de febrer | 2014-02-14
            2014-05-10 | de | Der Minister sagte, die Schulen öffnen am 2. September. | 2. September | 2014-09-02
            2014-05-10 | ru | Путин заявил, что посетит Японию 9 сентября.   | 9 сентября   | 2014-09-09
            2014-05-10 | pt | Os contratos expiram em dezembro.                   | dezembro     | 2014-12
            2014-05-10 | vi | Cuộc họp đã được hoãn đến ngày 20 tháng 12.         | ngày 20 tháng 12 | 2014-12-20
            2014-11-20 | vi | Ông bay ngày 3/3 tới Hà Nội để dự hội thảo.         | 3/3          | 2014-03-03
            2014-01-10 | en | Goods delivered on 20 January will be refunded.     | 20 January   | 2014-01-20
            2014-01-10 | en | On 20 January the minister who was appointed will present the budget. | 20 January | 2014-01-20
            2014-01-10 | fr | Les négociations ont été repoussées au 20 décembre. | 20 décembre | 2014-12-20
            2014-01-10 | es | La cumbre se aplazó hasta el 20 de diciembre.       | 20 de diciembre | 2014-12-20
            2014-01-10 | pt | A cimeira foi adiada para 20 de dezembro.           | 20 de dezembro | 2014-12-20
            2014-01-10 | de | Der Gipfel wurde auf Dezember verschoben.           | Dezember     | 2014-12
            2014-01-10 | el | Η σύνοδος μετατέθηκε στις 20 Δεκεμβρίου.            | 20 Δεκεμβρίου | 2014-12-20
            2014-11-20 | en | The tournament was moved to December 20.            | December 20  | 2014-12-20
            2014-11-20 | en | The concert was set for December 20.                | December 20  | 2014-12-20
            2014-11-20 | en | She would have turned 80 on March 3.                | March 3      | 2014-03-03
            2014-11-20 | en | The government will compensate victims of the floods in October. | October | 2014-10
            2014-11-20 | en | Talks will resume soon after they broke down on October 3. | October 3 | 2014-10-03
            2014-11-20 | el | Η κυβέρνηση ανακοίνωσε εκλογές για τις 20 Δεκεμβρίου. | 20 Δεκεμβρίου | 2014-12-20
            2014-01-10 | fr | La piscine est fermée le 28 décembre.               | 28 décembre  | 2014-12-28
            2014-01-10 | fr | Le concert est prévu le 28 décembre.                | 28 décembre  | 2014-12-28
            2014-01-10 | it | Il museo è chiuso il 28 dicembre.                   | 28 dicembre  | 2014-12-28
            2014-01-10 | it | La partita è prevista il 28 dicembre.               | 28 dicembre  | 2014-12-28
            2014-01-10 | en | The store is left open on 28 December.              | 28 December  | 2014-12-28
            2014-01-10 | en | The vote will be held on 28 December.               | 28 December  | 2014-12-28
            2014-01-10 | ru | Финал пройдёт 28 декабря.                           | 28 декабря   | 2014-12-28
            2014-01-10 | tr | Oylama 28 Aralık'a ertelendi.                       | 28 Aralık    | 2014-12-28
            2014-01-10 | ru | Сила ветра 28 декабря составит 20 метров.           | 28 декабря   | 2014-12-28
            2014-05-10 | fr | Le festival d'opéra ouvre le 9 septembre.           | 9 septembre  | 2014-09-09
            2014-01-10 | de | Das Museum hat am 28. Dezember geöffnet.            | 28. Dezember | 2014-12-28
            2014-01-10 | de | Die Schule ist am 28. Dezember geschlossen.         | 28. Dezember | 2014-12-28
            2014-01-10 | de | Er hat versprochen am 28. Dezember zu kommen.       | 28. Dezember | 2014-12-28
            2014-01-10 | de | Sie hat gekündigt und will am 28. Dezember ausziehen. | 28. Dezember | 2014-12-28
            2014-11-20 | de | Der Verband hat für den 28. Dezember ein Treffen einberufen. | 28. Dezember | 2014-12-28
            2014-11-20 | de | Die Band hat ein Konzert am 28. Dezember angekündigt. | 28. Dezember | 2014-12-28
            2014-01-10 | en | The shop had two days left on 28 December.          | 28 December  | 2014-12-28
            2014-11-20 | en | The will of the late minister is dated on 3 March.  | 3 March      | 2014-03-03
            2014-11-20 | en | The firm will pay the workers it laid off on 3 March. | 3 March    | 2014-03-03
            2014-11-20 | en | He would rather have resigned on 3 March.           | 3 March      | 2014-03-03
            2014-11-20 | en | Fans will see the film shot on 3 March.             | 3 March      | 2014-03-03
            2014-11-20 | en | The city will honour those killed on 3 March.       | 3 March      | 2014-03-03
            2014-01-10 | en | On 28 December the newly elected board meets.       | 28 December  | 2014-12-28
            2014-01-10 | en | On 28 December the revised timetable is used.       | 28 December  | 2014-12-28
            2014-01-10 | en | On 28 December rules adopted in May take effect.    | 28 December  | 2014-12-28
            2014-01-10 | en | On 28 December the ferry sank and a new one will sail. | 28 December | 2014-12-28
            2014-01-10 | en | Analysts expected the vote on 28 December.         | 28 December  | 2014-12-28
            2014-01-10 | en | The firm announced plans to close the plant on 28 December. | 28 December | 2014-12-28
            2014-01-10 | en | They voted to close the plant on 28 December.      | 28 December  | 2014-12-28
            2014-01-10 | en | Investors bought the dollar ahead of the vote on 28 December. | 28 December | 2014-12-28
            2014-01-10 | en | The party approved a plan that takes effect on 28 December. | 28 December | 2014-12-28
            2014-01-10 | en | The summit, scheduled for December, will be held in Rome. | December | 2014-12
            2014-01-10 | en | Goods delivered in December must be returned.      | December     | 2014-12
            2014-01-10 | en | The vote was expected to take place in December.   | December     | 2014-12
            2014-01-10 | en | The union announced a strike on 28 December.       | 28 December  | 2014-12-28
            2014-01-10 | en | The man who agreed to leave on 28 December stays.   | 28 December  | 2014-12-28
            2014-01-10 | en | Families with disabled children receive payments in December. | December | 2014-12
            2014-01-10 | en | Europe's largest listed firms report results in December. | December | 2014-12
            2014-01-10 | en | The BBC reported the match starts on 28 December.  | 28 December  | 2014-12-28
            2014-01-10 | en | Organisers confirmed the festival returns in December. | December  | 2014-12
            2014-11-20 | en | The report focuses on visits to Gaza on 2 March.   | 2 March      | 2014-03-02
            """)
    void shouldKeepTheReferenceYearWhereTheTenseBesideTheDayIsAnotherVerbsOrNone(String reference, String language,
                                                                                String text, String expectedText,
                                                                                String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.parse(reference + "T09:00")))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .extracting(DateMention::value).isEqualTo(expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | He said the end of the year looks bright.          | 2014
            en | He said that the end of the year would be hard.    | 2014
            en | She said the start of the year will be busy.       | 2015
            en | Sales fell at the end of the year, she said.       | 2013
            en | She said at the start of the year that sales fell. | 2014
            """)
    void shouldReadAPartOfTheYearRightAfterASayingByItsOwnClause(String language, String text, String expectedValue) {
        assertThat(extractor.extract(text, language, LocalDateTime.of(2014, 6, 18, 9, 0))).singleElement()
                .extracting(DateMention::value).isEqualTo(expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Prices have risen since December.                  | December      | 2013-12
            en | Shares had their best week since December.         | December      | 2013-12
            en | Since December, prices have risen.                 | December      | 2013-12
            en | The shop has been closed since 28 December.        | 28 December   | 2013-12-28
            fr | Les prix augmentent depuis décembre.               | décembre      | 2013-12
            de | Seit Dezember steigen die Preise.                  | Dezember      | 2013-12
            nl | Sinds december stijgen de prijzen.                 | december      | 2013-12
            en | The market opens in December.                      | December      | 2014-12
            """)
    void shouldPutADayOrMonthAfterSinceBeforeTheReference(String language, String text, String expectedText,
                                                          String expectedValue) {
        assertThat(extractor.extract(text, language, NOVEMBER))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .extracting(DateMention::value).isEqualTo(expectedValue);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The law will take effect on February 29.           | February 29   | 2016-02-29
            en | The rally was held on February 29.                 | February 29   | 2012-02-29
            """)
    void shouldMoveALeapDayToTheNearestLeapYearOnTheTensesSide(String language, String text, String expectedText,
                                                            String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, NOVEMBER), expectedText, expectedValue, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-03-03 | en | The talks took place on the 28th.     | on the 28th | 2014-02-28
            2014-03-03 | en | Elections were held on the 31st.      | on the 31st | 2014-01-31
            2014-03-03 | en | The talks will take place on the 5th. | on the 5th  | 2014-03-05
            2014-01-25 | en | The talks will take place on the 2nd. | on the 2nd  | 2014-02-02
            2014-01-25 | en | The talks took place on the 20th.     | on the 20th | 2014-01-20
            """)
    void shouldMoveADayWithoutItsMonthAMonthWhereTheTenseSaysSo(String reference, String language, String text,
                                                               String expectedText, String expectedValue) {
        assertOnlyMention(extractor.extract(text, language, LocalDateTime.parse(reference + "T09:00")), expectedText,
                expectedValue, Granularity.DAY);
    }
}
