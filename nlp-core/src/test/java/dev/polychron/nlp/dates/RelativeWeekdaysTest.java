package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class RelativeWeekdaysTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Η απεργία έγινε την περασμένη Κυριακή.     | περασμένη Κυριακή     | 2013-02-10
            el | Ψήφισαν την περασμένη Τρίτη.               | περασμένη Τρίτη       | 2013-02-05
            el | Η δίκη συνεχίζεται την ερχόμενη Πέμπτη.    | ερχόμενη Πέμπτη       | 2013-02-14
            el | Την Κυριακή που μας πέρασε χιόνισε.        | Κυριακή που μας πέρασε | 2013-02-10
            el | Τη Δευτέρα που έρχεται ανοίγουν τα σχολεία. | Δευτέρα που έρχεται  | 2013-02-18
            vi | Hội nghị sẽ họp thứ sáu tới.               | thứ sáu tới           | 2013-02-15
            vi | Họ gặp nhau thứ 2 tới tại Hà Nội.          | thứ 2 tới             | 2013-02-18
            vi | Cuộc họp diễn ra thứ ba vừa rồi.           | thứ ba vừa rồi        | 2013-02-05
            ru | Следующая среда будет жаркой.              | Следующая среда       | 2013-02-13
            uk | Зустріч була в минулий вівторок.           | минулий вівторок      | 2013-02-05
            bg | Срещата е следващия вторник.               | следващия вторник     | 2013-02-19
            ga | Beidh an cruinniú Dé Luain seo chugainn.   | Dé Luain seo chugainn | 2013-02-18
            ga | Bhí an vóta Dé hAoine seo caite.           | Dé hAoine seo caite   | 2013-02-08
            zh | 他们上周三开会。                             | 上周三                 | 2013-02-06
            zh | 下禮拜二見。                                | 下禮拜二                | 2013-02-19
            zh | 这周三开会。                                | 这周三                 | 2013-02-13
            zh | 我们下周三开会。                             | 下周三                 | 2013-02-20
            zh | 下下个星期三见。                             | 下下个星期三            | 2013-02-27
            zh | 他们上上周一到的。                           | 上上周一                | 2013-01-28
            ja | 会議は次の金曜日に開く。                      | 次の金曜日              | 2013-02-15
            ja | 彼はこの月曜日に来た。                        | この月曜日              | 2013-02-11
            de | Wir treffen uns kommenden Montag.          | kommenden Montag      | 2013-02-18
            it | Ci vediamo il prossimo lunedì.             | prossimo lunedì       | 2013-02-18
            it | Lo sciopero fu lo scorso venerdì.          | scorso venerdì        | 2013-02-08
            nl | Ze stemden vorige dinsdag.                 | vorige dinsdag        | 2013-02-05
            es | Votan el martes que viene.                 | martes que viene      | 2013-02-19
            pt | A greve foi na terça feira passada.        | terça feira passada   | 2013-02-05
            nb | Streiken var sist tirsdag.                 | sist tirsdag          | 2013-02-05
            pl | Spotkanie odbędzie się w następny wtorek.  | następny wtorek       | 2013-02-19
            da | Vi mødes næste tirsdag.                    | næste tirsdag         | 2013-02-19
            it | Lo sciopero fu domenica ultima scorsa.     | domenica ultima scorsa | 2013-02-10
            ko | 저번 일요일, 그들은 만났다.                     | 저번 일요일             | 2013-02-10
            ko | 저번 토요일에 선수단이 귀국했다.                | 저번 토요일             | 2013-02-09
            pl | Spotkamy się w ten wtorek.                 | w ten wtorek          | 2013-02-12
            pl | Zebranie było w piątek z zeszłego tygodnia. | piątek z zeszłego tygodnia | 2013-02-08
            sv | Vi ses fredag denna vecka.                 | fredag denna vecka    | 2013-02-15
            uk | Ми зустрілися в неділю на минулому тижні.  | неділю на минулому тижні | 2013-02-10
            sv | Strejken var förra tisdag.                 | förra tisdag          | 2013-02-05
            de | Wir treffen uns übernächsten Freitag.      | übernächsten Freitag  | 2013-02-22
            de | Die Wahl ist Mittwoch nach dem nächsten.   | Mittwoch nach dem nächsten | 2013-02-20
            de | Der Ausschuss tagt Mittwoch in zwei Wochen. | Mittwoch in zwei Wochen | 2013-02-27
            de | Der Vertrag fiel am Freitag vor 2 Wochen.  | Freitag vor 2 Wochen  | 2013-02-01
            hr | Izbori su petak nakon sljedećeg.           | petak nakon sljedećeg | 2013-02-22
            el | Ψηφίζουν τη μεθεπόμενη Παρασκευή.          | μεθεπόμενη Παρασκευή  | 2013-03-01
            ca | Votem dimecres vinent.                     | dimecres vinent       | 2013-02-13
            ca | La fira obre el dissabte que ve.           | dissabte que ve       | 2013-02-16
            es | El pleno vota el miércoles que viene.      | miércoles que viene   | 2013-02-13
            es | La cumbre empieza el proximo jueves.       | el proximo jueves     | 2013-02-14
            es | Llegan este próximo sábado a Lima.         | este próximo sábado   | 2013-02-16
            es | La huelga fue jueves pasado en Madrid.     | jueves pasado         | 2013-02-07
            pt | O jogo é quarta que vem no Maracanã.       | quarta que vem        | 2013-02-13
            pt | A feira abre no próximo sábado.            | próximo sábado        | 2013-02-16
            bg | Срещата е по-следващия петък.              | по-следващия петък    | 2013-02-22
            pl | Spotkanie było w poprzedni wtorek.         | poprzedni wtorek      | 2013-02-05
            pl | Spotkanie jest w piątek po następnym.      | piątek po następnym   | 2013-02-22
            en | The vote is three Fridays from now.        | three Fridays from now | 2013-03-01
            en | They met 2 Thursdays ago.                  | 2 Thursdays ago       | 2013-01-31
            bn | আগামী সোমবার বৈঠক হবে।                      | আগামী সোমবার          | 2013-02-18
            pt | A reunião é na próxima terça.              | próxima terça         | 2013-02-19
            pt | A greve foi na quinta passada.             | quinta passada        | 2013-02-07
            hr | Sastanak je sljedećeg utorka.              | sljedećeg utorka      | 2013-02-19
            hr | Izbori su bili prošle nedjelje.            | prošle nedjelje       | 2013-02-10
            fr | Le vote aura lieu mercredi suivant.        | mercredi suivant      | 2013-02-20
            fr | On se revoit lundi de la semaine d'après.  | lundi de la semaine d'après | 2013-02-18
            fr | Le conseil se réunit lundi en huit.        | lundi en huit         | 2013-02-25
            es | El ministro dimitió el pasado miércoles.   | pasado miércoles      | 2013-02-06
            pt | A greve foi na passada quarta-feira.       | passada quarta-feira  | 2013-02-06
            ca | La vaga va ser el passat dimecres.         | passat dimecres       | 2013-02-06
            ca | La vaga va ser dimecres passat.            | dimecres passat       | 2013-02-06
            de | Er trat am vergangenen Mittwoch zurück.    | vergangenen Mittwoch  | 2013-02-06
            de | Der Zug entgleiste letzten Sonntagabend.   | letzten Sonntagabend  | 2013-02-10
            de | Sie landen nächsten Donnerstagmorgen.      | nächsten Donnerstagmorgen | 2013-02-14
            en | He quit this past Wednesday.               | this past Wednesday   | 2013-02-06
            it | Si è dimesso mercoledì passato.            | mercoledì passato     | 2013-02-06
            pl | Zrezygnował w ubiegłą środę.               | ubiegłą środę         | 2013-02-06
            fr | Le conseil se réunit jeudi en quinze.      | jeudi en quinze       | 2013-02-28
            pl | Głosowanie jest w czwartek za tydzień.     | czwartek za tydzień   | 2013-02-21
            pl | Zebranie przełożono do następnej soboty.   | następnej soboty      | 2013-02-16
            pl | Zebranie jest w następny pon. rano.        | następny pon          | 2013-02-18
            pl | Umowę podpisano poprzedniego poniedziałku. | poprzedniego poniedziałku | 2013-02-11
            pt | A reunião é na sexta desta semana.         | sexta desta semana    | 2013-02-15
            pl | Rada zbierze się w czwartek tego tygodnia. | czwartek tego tygodnia | 2013-02-14
            pl | Zarzad zebral sie w poniedzialek tego tygodnia. | poniedzialek tego tygodnia | 2013-02-11
            de | Der Rat tagte Montag dieser Woche.         | Montag dieser Woche   | 2013-02-11
            tr | Toplantı önümüzdeki perşembe yapılacak.    | önümüzdeki perşembe   | 2013-02-14
            tr | Seçim geçen pazar yapıldı.                 | geçen pazar           | 2013-02-10
            ar | اجتمع المجلس الخميس السابق.                | الخميس السابق         | 2013-02-07
            fa | مجلس پنجشنبه آینده تشکیل می‌شود.           | پنجشنبه آینده         | 2013-02-14
            fa | مجلس پنجشنبه گذشته تشکیل شد.               | پنجشنبه گذشته         | 2013-02-07
            sl | Zbor bo glasoval prihodnji četrtek.        | prihodnji četrtek     | 2013-02-14
            sl | Minister je odstopil pretekli petek.       | pretekli petek        | 2013-02-08
            he | הישיבה תתקיים ביום שישי הבא.               | ביום שישי הבא         | 2013-02-22
            he | ניפגש בשני הקרוב בירושלים.                 | בשני הקרוב            | 2013-02-18
            he | נפגשנו שלישי האחרון בחיפה.                 | שלישי האחרון          | 2013-02-05
            he | ההצבעה תהיה ברביעי הזה.                    | ברביעי הזה            | 2013-02-13
            hi | हम अगले शुक्रवार को मिलेंगे।                | अगले शुक्रवार          | 2013-02-22
            hi | वे पिछले बुधवार को मिले।                    | पिछले बुधवार           | 2013-02-06
            hi | आगामी शुक्रवार को बैठक है।                  | आगामी शुक्रवार         | 2013-02-15
            hu | A szavazás jövő csütörtökön lesz.          | jövő csütörtökön      | 2013-02-21
            hu | Múlt pénteken találkoztak.                 | Múlt pénteken         | 2013-02-08
            sv | Regeringen meddelade i tisdags att den avgår. | i tisdags          | 2013-02-05
            sv | Utskottet sammanträder på torsdag.         | på torsdag            | 2013-02-14
            da | Borgmesteren trådte tilbage i fredags.     | i fredags             | 2013-02-08
            da | Byrådet stemmer på tirsdag.                | på tirsdag            | 2013-02-19
            nb | Brannen startet i søndags ved Bergen.      | i søndags             | 2013-02-10
            nb | Stortinget behandler saken på mandag.      | på mandag             | 2013-02-18
            zh | 这个星期四下午开会。                       | 这个星期四            | 2013-02-14
            zh | 這個禮拜一交報告。                         | 這個禮拜一            | 2013-02-11
            """)
    void shouldDateAWeekdayWithAWordForNextOrLast(String language, String text, String expectedText,
                                                 String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | La ley se vota el próximo viernes 17 de mayo. | viernes 17 de mayo | 2013-05-17
            es | Abre el próximo lunes 4/3 en Quito.        | 4/3                   | 2013-03-04
            en | The hearing is next Friday, 17 May.        | Friday, 17 May        | 2013-05-17
            """)
    void shouldLeaveAWeekdayToTheDateAfterIt(String language, String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El próximo viernes 12 diputados votarán la ley. | El próximo viernes | 2013-02-15
            en | Last Friday 12 soldiers were wounded.      | Last Friday           | 2013-02-08
            """)
    void shouldKeepNextOrLastBeforeACountThatIsNoDate(String language, String text, String expectedText,
                                                     String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"课程线上周一开始。", "我们晚上周三见面。", "他在楼下周二等你。"})
    void shouldFindNoNextOrLastWeekWhereTheWordBelongsToAnotherWord(String text) {
        assertThat(extractor.extract(text, "zh", REFERENCE))
                .noneMatch(mention -> mention.text().startsWith("上") || mention.text().startsWith("下"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Prihodnji predsednik bo izvoljen.", "Pretekli dogodki so pokazali, da ima prav."})
    void shouldFindNoSlovenianDateWhereNextOrLastQualifiesAnotherNoun(String text) {
        assertThat(extractor.extract(text, "sl", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Det regnade på måndagen.", "På tisdagar är det stängt.", "Han missade tisdagsmötet."})
    void shouldFindNoSwedishWeekdayInDefiniteOrPluralFormsOrCompounds(String text) {
        assertThat(extractor.extract(text, "sv", REFERENCE)).isEmpty();
    }
}
