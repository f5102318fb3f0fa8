package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class WeekdaysTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The talks ended on Sunday.          | Sunday   | 2013-02-10
            en | They meet again on Friday.          | Friday   | 2013-02-15
            de | Am Montag trafen sie sich.          | Montag   | 2013-02-11
            de | Das Konzert ist am Freitagabend.    | Freitagabend | 2013-02-15
            de | Die Fähre legte am Montagmorgen ab. | Montagmorgen | 2013-02-11
            fr | Ils se sont vus mardi.              | mardi    | 2013-02-12
            es | El jueves se firma el acuerdo.      | jueves   | 2013-02-14
            ja | 月曜日に会った。                      | 月曜日    | 2013-02-11
            zh | 星期五开会。                          | 星期五    | 2013-02-15
            zh | 我们周四见。                          | 周四      | 2013-02-14
            ja | 水曜に会う。                          | 水曜      | 2013-02-13
            ja | もくようびに会う。                    | もくようび | 2013-02-14
            hu | Hétfőn találkoztak.                 | Hétfőn   | 2013-02-11
            hu | A pénteki ülés elmaradt.            | pénteki  | 2013-02-15
            ru | Встреча в пятницу.                  | пятницу  | 2013-02-15
            hr | Sastanak je u srijedu.              | srijedu  | 2013-02-13
            el | Συναντήθηκαν την Τετάρτη.           | Τετάρτη  | 2013-02-13
            el | Η συνεδρίαση της Παρασκευής.        | Παρασκευής | 2013-02-15
            vi | Họ gặp nhau vào thứ Hai.            | thứ Hai  | 2013-02-11
            vi | Họ gặp nhau hôm chủ nhật.           | chủ nhật | 2013-02-10
            de | DIE WAHL IST AM MONTAG.             | MONTAG   | 2013-02-11
            ca | La vaga és dv. a tot el país.       | dv       | 2013-02-15
            ca | Ens reunim dc al matí.              | dc       | 2013-02-13
            it | Riunione gio, in sala grande.       | gio      | 2013-02-14
            pt | Reunião na qua. à tarde.            | qua      | 2013-02-13
            pl | Zebranie w czw. po południu.        | czw      | 2013-02-14
            es | La huelga sigue el mié. en Madrid.  | mié      | 2013-02-13
            pl | Sejm zbierze się w środę.           | środę    | 2013-02-13
            pl | Sejm obradował w sobotę.            | sobotę   | 2013-02-09
            pl | Wybory odbyły się w niedzielę.      | niedzielę | 2013-02-10
            pl | W poniedziałek się spotkali.        | poniedziałek | 2013-02-11
            pl | Premier zapowiedział, że w czwartek poda się do dymisji. | czwartek | 2013-02-14
            hi | हम शुक्रवार को मिलेंगे।               | शुक्रवार   | 2013-02-15
            bn | আমরা শুক্রবার দেখা করব।             | শুক্রবার   | 2013-02-15
            tr | Toplantı Cuma yapılacak.            | Cuma     | 2013-02-15
            tr | Meclis perşembe toplanıyor.         | perşembe | 2013-02-14
            tr | Seçim Pazar.                        | Pazar    | 2013-02-10
            vi | Nhà thờ làm lễ vào chúa nhật.       | chúa nhật | 2013-02-10
            el | Ο δήμαρχος μίλησε την Τρίτη στη Βουλή. | Τρίτη | 2013-02-12
            el | Η συνεδρίαση αρχίζει το πρωί της Τετάρτης στη Βουλή. | Τετάρτης | 2013-02-13
            vi | Ông cho biết vào thứ Năm rằng sẽ đi. | thứ Năm  | 2013-02-14
            pt | O prefeito discursa na Sexta, pela manhã. | Sexta | 2013-02-15
            ro | Luni Parlamentul a votat legea.     | Luni     | 2013-02-11
            vi | Ông nói vào thứ Hai Thủ tướng đã đến. | thứ Hai | 2013-02-11
            zh | 这周三天气晴朗。                      | 这周三    | 2013-02-13
            cs | Sněmovna jednala v sobotu.          | sobotu   | 2013-02-09
            cs | Trh je otevřen v neděli.            | neděli   | 2013-02-10
            be | Сустрэча адбылася ў пятніцу.        | пятніцу  | 2013-02-15
            be | Выбары прайшлі ў нядзелю.           | нядзелю  | 2013-02-10
            be | Сесія пачнецца ў панядзелак.        | панядзелак | 2013-02-11
            ro | Consiliul s-a reunit luni seara.    | luni     | 2013-02-11
            ro | Oferta e valabilă până luni.        | luni     | 2013-02-11
            ro | Luni, ministrul a demisionat.       | Luni     | 2013-02-11
            """)
    void shouldDateAWeekdayAloneToTheNearestDayOfThatName(String language, String text, String expectedText,
                                                           String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Έρχεται την Τρίτη. Το 2010 ήταν αλλιώς.    | Τρίτη       | 2013-02-12
            ru | Они встретились в понедельник. В 2014 году. | понедельник | 2013-02-11
            en | He was there on Friday. In 2014 it rained. | Friday     | 2013-02-08
            """)
    void shouldReadAWeekdayAloneWhenTheNumberAfterItOpensTheNextSentence(String language, String text,
                                                                          String expectedText, String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .filteredOn(mention -> mention.text().equals(expectedText)).singleElement()
                .satisfies(mention -> assertThat(mention.value()).isEqualTo(expectedValue));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On Thursday, 40,000 homes were still without power. | Thursday   | 2013-02-07
            en | On Thursday 400 people were evacuated.           | Thursday      | 2013-02-07
            de | Am Montag, 1.200 Menschen mussten fliehen.        | Montag       | 2013-02-11
            en | On Thursday, 12 people were killed.               | Thursday     | 2013-02-07
            fr | Jeudi, 40 000 foyers étaient privés d'électricité. | Jeudi       | 2013-02-07
            de | Am Donnerstag 40.000 Haushalte waren ohne Strom.  | Donnerstag   | 2013-02-07
            """)
    void shouldReadAWeekdayAloneWhenTheNumberAfterItIsACount(String language, String text, String expectedText,
                                                             String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hu | A vásár szom. lesz a téren.         | szom     | 2013-02-09
            hu | Ügyelet: pén. délelőtt.             | pén      | 2013-02-15
            hu | Nyitva csüt délután.                | csüt     | 2013-02-14
            bg | Срещата е в нед. сутринта.          | нед      | 2013-02-10
            bg | Пазарът работи и в съб.             | съб      | 2013-02-09
            """)
    void shouldDateAnAbbreviationCldrLacksLikeItsOwn(String language, String text, String expectedText,
                                                     String expectedValue) {
        OnlyMention.assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText,
                expectedValue, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Το ιατρείο δέχεται την Πεμ. το απόγευμα. | Πεμ | 2013-02-14
            Η αγορά είναι ανοιχτή Δευ. και Τετ.      | Δευ | 2013-02-11
            """)
    void shouldDateAGreekAbbreviationAloneWhenItHasItsDot(String text, String expectedText, String expectedValue) {
        assertThat(extractor.extract(text, "el", REFERENCE)).first().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.start()).isEqualTo(text.indexOf(expectedText));
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ισχύει η παρ. α του άρθρου.
            Μίλησε ο κυρ. Νίκος στο καφενείο.
            Στείλε το αρχείο πεμ ή σαβ το βράδυ.
            """)
    void shouldFindNoGreekAbbreviationWithoutItsDotOrThatIsAnotherAbbreviation(String text) {
        assertThat(extractor.extract(text, "el", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On Monday, 1 April 2014 NATO met.   | 1 April 2014
            en | On Monday April 1, 2014 they met.   | April 1, 2014
            de | Am Montag, den 1. April 2014        | 1. April 2014
            nb | Møtet var søndag 10. februar.       | søndag 10. februar
            tr | Anlaşma 18 Şubat Pazartesi imzalandı. | 18 Şubat Pazartesi
            tr | Anlaşma 9 Mayıs 1919 Cuma imzalandı. | 9 Mayıs 1919 Cuma
            pl | Opublikowano: środa, sie 14, 2019.  | środa, sie 14, 2019
            """)
    void shouldReadTheWeekdayWithTheDateBesideIt(String language, String text, String expectedText) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.text()).isEqualTo(expectedText));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Ήταν η Τρίτη φορά που συναντήθηκαν.
            pt | Durante a Segunda Guerra Mundial houve fome.
            pt | A loja fica na Quinta Avenida.
            pt | O concerto foi na Quinta da Regaleira.
            el | Η πίστη στη Δευτέρα Παρουσία είναι αρχαία.
            zh | 他一周三天在家办公。
            zh | 实行一周五天工作制。
            el | Τρίτη φορά κερδίζει ο δήμαρχος.
            vi | Đây là lần thứ hai họ gặp nhau.
            ru | Окружающая среда страдает.
            el | Τερμάτισε στην πέμπτη θέση.
            vi | Thứ hai, họ không gặp nhau.
            hu | Kedves barátom!
            pt | Terminou em segunda posição.
            ca | Va viatjar a Washington DC.
            ca | Afegiu-hi 2 dl de llet.
            it | Gio Ponti disegnò la sedia.
            it | Navigarono nel mar Nero.
            es | Navegaron por el mar Negro.
            es | En la escuela lo llamaban lun y se reía.
            he | שני הילדים הבאים הגיעו באיחור.
            he | הוא הגיע שני בתחרות.
            tr | Pazar payı arttı.
            tr | Serbest pazar büyüdü.
            hu | Ez egy jó szer.
            hu | A kapu anyaga vas.
            bg | Децата в стаята са пет.
            ja | 彼は金メダル(金)を獲得した。
            ja | （土）（日）は休みです。
            pl | Sklepy są zamknięte w niedziele i święta.
            pl | W niedziele handlowe sklepy są otwarte.
            ja | 日本(日)と米国(米)が合意した。
            be | Навакольнае асяроддзе і серада жыцця.
            cs | Stojí blízko středu města.
            ro | Lucrările au durat trei luni.
            ro | În ultimele luni chiriile au crescut.
            de | Die Montagsdemonstrationen wuchsen rasch.
            ro | Au stat acolo pe luni întregi.
            zh | 这种疫苗每周一次，连打三周。
            zh | 他一周二十个小时在工地。
            hu | A riasztó csütörtököt mondott.
            el | Η ομάδα κατέλαβε την Τρίτη θέση στον όμιλο.
            el | Ο σύλλογος μετρά την Πέμπτη συνεχόμενη νίκη.
            el | Το βράδυ της τρίτης μέρας έφτασαν στο χωριό.
            """)
    void shouldFindNoWeekdayWhereItsNameIsAnEverydayWordToo(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote is on Thu. at noon.        | Thu | 2013-02-14
            Talks resume fri. in Geneva.        | fri | 2013-02-15
            The court sat on Mon. and adjourned. | Mon | 2013-02-11
            """)
    void shouldDateAnEnglishAbbreviationAloneWhenItHasItsDot(String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, expectedValue, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote is on thu at noon.
            He sat. Nobody spoke.
            They lay in the sun. It was warm.
            The couple wed. Guests cheered.
            """)
    void shouldFindNoEnglishAbbreviationAloneWithoutItsDotOrThatIsAWord(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({"TUESDAY, 2013-02-12", "FRIDAY, 2013-02-15", "SATURDAY, 2013-02-09", "SUNDAY, 2013-02-10"})
    void shouldPickTheDayWithinThreeDaysOfTheReference(DayOfWeek day, LocalDate expected) {
        assertThat(Weekdays.nearest(day, REFERENCE.toLocalDate())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Chelsea won on Saturday 3-1.                 | Saturday | 2013-02-09
            de | Der Klub spielte am Sonntag 1:1.             | Sonntag  | 2013-02-10
            nl | Ajax speelde zondag met 3-1 tegen PSV.        | zondag   | 2013-02-10
            """)
    void shouldReadAWeekdayBeforeAScoreAlone(String language, String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The market is open every Monday.
            en | Each Friday they meet.
            de | Damals demonstrierten jeden Montag Tausende.
            es | El museo cierra todos los lunes.
            fr | Le marché a lieu chaque lundi.
            el | Η λαϊκή γίνεται κάθε Δευτέρα.
            vi | Chợ họp vào mỗi thứ Hai.
            """)
    void shouldFindNoDateInAWeekdayThatRecurs(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
