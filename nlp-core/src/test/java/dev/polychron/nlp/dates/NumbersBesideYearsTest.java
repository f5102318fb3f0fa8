package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four digits that look like a year in news prose: a count before its noun, its unit (counted-nouns.tsv) or a name
 * of years, a serial number after its label (number-labels.tsv) and a wire clock before its time zone are none; a
 * year told as one stays.
 */
class NumbersBesideYearsTest {

    /** A Thursday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2014, 11, 20, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The striker has scored 1987 points in his career.
            en | The pipeline runs 1850 km across the steppe.
            en | The new plant will deliver 1200 MW by spring.
            en | Volunteers logged 1500 hours of work.
            en | The crew has flown 1640 hrs so far.
            de | Die Partei erhielt 1987 Stimmen mehr als zuvor.
            de | Der Wald umfasst 1850 Hektar.
            fr | Le candidat a recueilli 1987 voix au second tour.
            fr | Le sentier fait 1850 mètres de dénivelé.
            es | La marcha reunió a 1987 personas en la plaza.
            tr | Şirket 2000 işçi alacak.
            ar | قتل 1500 شخص في الزلزال.
            ar | بلغ عدد السكان 1500 نسمة في القرية.
            pl | W katastrofie zginęło 1500 osób.
            pl | Na granicę wysłano 1800 żołnierzy.
            uk | На кордон відправили 1800 солдатів.
            tr | Meclis 1983 sayılı kanunu kabul etti.
            es | El incendio quemó 1850 hectáreas de bosque.
            it | Il comune conta 1987 abitanti.
            it | La diga produce 1200 megawatt.
            pt | O protesto juntou 1987 pessoas no centro.
            pt | A estrada tem 1850 quilômetros.
            nl | De club telt 1987 leden en 1850 punten.
            ru | Команда набрала 1987 очков за сезон.
            ru | Трасса длиной 1850 километров.
            el | Ο υποψήφιος πήρε 1987 ψήφους.
            vi | Đội bóng giành được 1987 điểm.
            vi | Kho chứa 1850 tấn gạo.
            en | The abbey has stood for 1200 years.
            de | Die Stadt besteht seit 1500 Jahren.
            fr | Le village existe depuis 1800 ans.
            ru | За 1500 лет город не изменился.
            el | Η πόλη έχει 2000 χρόνια ιστορίας.
            vi | Làng có hơn 1000 năm lịch sử.
            """)
    void shouldFindNoYearInACountOrAMeasure(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Ο ν. 1268/1982 άλλαξε τα πανεπιστήμια.
            el | Η υπουργική απόφαση 1345/2011 δημοσιεύθηκε.
            vi | Quyết định 1725/QĐ-UBND được ký.
            vi | Nghị định 1420/1991/NĐ-CP hết hiệu lực.
            el | Ο νόμος 7/2019 τροποποιήθηκε από τη Βουλή.
            el | Σύμφωνα με την απόφαση 4/2012 του δικαστηρίου, η πράξη ακυρώθηκε.
            el | Ο ν. 9/2003 ρυθμίζει το θέμα.
            vi | Thông tư số 11/2016/TT-BYT quy định rõ điều này.
            vi | Theo Nghị quyết 8/2020 của Hội đồng nhân dân tỉnh, dự án được duyệt.
            vi | Văn bản 10/2018/QH14 đã được thông qua.
            es | La Ley 11/2020 regula los presupuestos.
            es | El Real Decreto-ley 8/2020 aprobó medidas urgentes.
            es | La Ley Orgánica 3/2018 protege los datos.
            it | La legge n. 3/2019 è entrata in vigore.
            it | Il D.Lgs. 9/2008 tutela i lavoratori.
            pt | A Lei n.º 7/2009 aprovou o Código do Trabalho.
            pt | O Decreto-Lei 10/2020 estabelece medidas.
            es | La Ley Foral 8/2020 regula el sector.
            es | El DL 8/2020 entró en vigor.
            it | La legge regionale 5/2019 è entrata in vigore.
            it | Il DPR 445/2000 regola i documenti.
            pt | O DL 10/2020 foi aprovado.
            pt | A Lei Complementar 173/2020 congelou salários.
            """)
    void shouldFindNoYearInADocumentNumberWithASlash(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Las ventas de 11/2020 subieron.  | 11/2020 | 2020-11
            it | Il fatturato del 3/2019 è salito. | 3/2019  | 2019-03
            pt | As vendas de 7/2009 subiram.      | 7/2009  | 2009-07
            es | El 8/2020 se firmó el acuerdo.    | 8/2020  | 2020-08
            """)
    void shouldReadAMonthAndYearWithASlashWhenNoDocumentWordPrecedesIt(String language, String text,
                                                                       String expectedText, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Η σεζόν 1996/1997 ήταν η καλύτερη. | 1996/1997 | 1996 | 1997
            en | The club won the 1996/97 league.   | 1996/97   | 1996 | 1997
            """)
    void shouldReadTwoYearsInARowWithASlashAsASeason(String language, String text, String expectedText,
                                                     String start, String end) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(start);
            assertThat(mention.rangeEnd()).isEqualTo(end);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Flight 1672 diverted to Dublin.
            en | The council adopted Resolution 1973 without a vote.
            en | Guests in room 2012 complained about the noise.
            en | Catalogue item No. 1998 was withdrawn.
            en | Article 1915 of the code applies.
            en | Flights 1672 and 1673 were grounded.
            en | Resolutions 1267, 1373 and 1540 bind all states.
            en | Rooms 2012–2014 are being repainted.
            en | The clinic still ran Windows 2000 on its old desktops.
            en | Farmers attach Form 1040 to their schedule F.
            en | The old Model 2000 tractor still ploughs the field.
            en | To book a tour, call 0300 555 2014 before noon.
            de | Flug 1672 wurde umgeleitet.
            de | Flug LH 1998 landete verspätet.
            en | Flight U2 1987 was grounded for repairs.
            fr | Le vol AF 1204 a été dévié vers Nantes.
            de | Das Zimmer 2012 ist frei.
            fr | Le vol 1672 a été dévié vers Lyon.
            fr | L'article 1915 du code s'applique.
            fr | Les vols 1672 et 1673 ont été annulés.
            es | El vuelo 1672 fue desviado.
            es | La resolución 1973 fue aprobada.
            it | Il volo 1672 è stato dirottato.
            pt | O voo 1672 foi desviado.
            nl | Vlucht 1672 werd omgeleid.
            ru | Рейс 1672 отправили в Минск.
            ru | Документ № 1998 утерян.
            el | Η πτήση 1672 εκτράπηκε.
            ro | Zborul 1672 a fost deviat.
            ro | Articolul 1915 din cod se aplică.
            vi | Chuyến bay 1672 phải chuyển hướng.
            vi | Khách ở phòng 2012 phàn nàn.
            pl | Rada przyjęła rezolucję nr 2118 jednogłośnie.
            uk | Резолюцію № 2202 ухвалили одноголосно.
            ar | تبنى المجلس القرار رقم 2118 بالإجماع.
            """)
    void shouldFindNoYearAfterALabelThatTakesASerialNumber(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The convoy left at 0630 GMT.                 | 0630 GMT               | 2014-11-20T06:30 | MINUTE
            en | Polls close at 1930 local time.              | 1930 local time        | 2014-11-20T19:30 | MINUTE
            en | Strikes began at 1800 hours on 3 March.      | 1800 hours on 3 March  | 2014-03-03T18:00 | MINUTE
            en | The jets took off at 2115 UTC on 5 May 2012. | 2115 UTC on 5 May 2012 | 2012-05-05T21:15 | MINUTE
            en | The 1800Z bulletin was late.                 | 1800Z                  | 2014-11-20T18:00 | MINUTE
            fr | Le cessez-le-feu commence à 1900 GMT.        | 1900 GMT               | 2014-11-20T19:00 | MINUTE
            """)
    void shouldReadAWireClockAsATimeOfDay(String language, String text, String expectedText, String value,
                                         Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The bridge was finished in 1987.              | 1987      | 1987
            en | The 1987 election changed little.             | 1987      | 1987
            en | The town has grown since 1850.                | 1850      | 1850
            en | Exercise Northern Shield 2012 ended quietly.  | 2012      | 2012
            en | The 2012 Lisbon summit agreed on it.          | 2012      | 2012
            en | The report (1987) is still quoted.            | 1987      | 1987
            en | The 1987–1991 drought ruined farms.           | 1987–1991 | 1987/1991
            en | The mill, founded 1850, still runs.           | 1850      | 1850
            en | 1987 was a hard year for farmers.             | 1987      | 1987
            en | In 1987 votes were counted by hand.           | 1987      | 1987
            es | En 1987 personas de todo el país llegaron.    | 1987      | 1987
            es | La ley de 1987 sigue vigente.                 | 1987      | 1987
            de | Die Wahl 1987 war knapp.                      | 1987      | 1987
            vi | Năm 1987 có 200 người dự.                     | Năm 1987  | 1987
            ru | Мост построили в 1987 году.                   | 1987      | 1987
            pl | W 1987 ludzie wyszli na ulice.                | 1987      | 1987
            tr | 1987 yılında seçim yapıldı.                   | 1987      | 1987
            ar | في عام 1987 قتل 1500 شخص.                      | 1987      | 1987
            ru | Резолюция 1987 года так и не выполнена.       | 1987      | 1987
            fr | Le vol de 1987 fut le dernier du Concorde.    | 1987      | 1987
            en | The flight in 1987 took nine hours.           | 1987      | 1987
            """)
    void shouldKeepAYearToldAsOne(String language, String text, String expectedText, String value) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);
        assertOnlyMention(text, mentions, expectedText, value.substring(0, 4), Granularity.YEAR);
        assertThat(mentions.get(0).rangeEnd()).isEqualTo(value.length() > 4 ? value.substring(5) : null);
    }
}
