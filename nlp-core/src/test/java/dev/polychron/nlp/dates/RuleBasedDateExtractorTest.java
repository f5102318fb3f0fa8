package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMentionAt;
import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuleBasedDateExtractorTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2026, 11, 23, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | It happened on 27 May 1997 in Paris.        | 27 May 1997               | 1997-05-27 | DAY
            en | Signed February 6, 1990, in Moscow.         | February 6, 1990          | 1990-02-06 | DAY
            en | In October 2021 Russia left.                | October 2021              | 2021-10    | MONTH
            en | The summit met on 2014-04-01.               | 2014-04-01                | 2014-04-01 | DAY
            vi | Vào ngày 1 tháng 4 năm 2014, NATO họp.      | ngày 1 tháng 4 năm 2014   | 2014-04-01 | DAY
            vi | Vào tháng 7 năm 1990, hai bên ký.           | tháng 7 năm 1990          | 1990-07    | MONTH
            vi | Hai bên ký vào ngày 7 tháng ba năm 2014.    | 7 tháng ba năm 2014       | 2014-03-07 | DAY
            vi | Hiệp ước ký vào tháng mười năm 1990.        | tháng mười năm 1990       | 1990-10    | MONTH
            vi | Họ gặp nhau hôm mồng 3 tháng chín.          | 3 tháng chín              | 2026-09-03 | DAY
            vi | Vào mồng 2 tháng 9 năm 1945, bản tuyên ngôn. | mồng 2 tháng 9 năm 1945  | 1945-09-02 | DAY
            el | Την 1η Απριλίου 2014 το ΝΑΤΟ αποφάσισε.     | 1η Απριλίου 2014          | 2014-04-01 | DAY
            el | στις 19 Δεκεμβρίου 1989 στη Μάλτα           | 19 Δεκεμβρίου 1989        | 1989-12-19 | DAY
            de | Am 1. April 2014 beschloss die NATO.        | 1. April 2014             | 2014-04-01 | DAY
            fr | Le 1er avril 2014, l'OTAN a décidé.         | 1er avril 2014            | 2014-04-01 | DAY
            es | Me pagará el 3 de enero del 2019, dice.     | 3 de enero del 2019       | 2019-01-03 | DAY
            sv | Mötet hölls den 15:e februari 2014.         | 15:e februari 2014        | 2014-02-15 | DAY
            pl | Spotkanie odbyło się 18-tego lutego 2014.   | 18-tego lutego 2014       | 2014-02-18 | DAY
            nl | De top was op de 15de februari 2014.        | 15de februari 2014        | 2014-02-15 | DAY
            de | Der Gipfel war am 15te Februar 2014.        | 15te Februar 2014         | 2014-02-15 | DAY
            ru | Саммит прошёл 3-его марта 2015 года.        | 3-его марта 2015          | 2015-03-03 | DAY
            ru | 1 апреля 2014 года НАТО приостановило.      | 1 апреля 2014             | 2014-04-01 | DAY
            vi | Nga gia nhập năm 1994.                      | năm 1994                  | 1994       | YEAR
            el | Τον Οκτώβριο του 2021 η Ρωσία αποχώρησε.    | Οκτώβριο του 2021         | 2021-10    | MONTH
            ru | В январе 2014 года начались переговоры.     | январе 2014               | 2014-01    | MONTH
            de | Im Herbst 1989 fiel die Mauer.              | Herbst 1989               | 1989-FA    | SEASON
            en | Talks resumed in the spring of 1990.        | spring of 1990            | 1990-SP    | SEASON
            en | In the winter of 1941–42 the city starved. | winter of 1941–42         | 1941-WI    | SEASON
            de | Im Winter 1941/42 hungerte die Stadt.      | Winter 1941/42            | 1941-WI    | SEASON
            en | In the summer of 1941–45 it rained.         | summer of 1941            | 1941-SU    | SEASON
            bg | През лятото на 2008 г. беше горещо.        | лятото на 2008            | 2008-SU    | SEASON
            bg | Зимата на 2012 беше мека.                   | Зимата на 2012            | 2012-WI    | SEASON
            ro | În vara anului 2008 a fost cald.            | vara anului 2008          | 2008-SU    | SEASON
            ro | Iarna 2012 a fost blândă.                   | Iarna 2012                | 2012-WI    | SEASON
            cs | V létě 2008 bylo horko.                     | létě 2008                 | 2008-SU    | SEASON
            cs | Na jaře roku 2009 pršelo.                   | jaře roku 2009            | 2009-SP    | SEASON
            hu | A híd 2008 nyarán épült.                    | 2008 nyarán               | 2008-SU    | SEASON
            hu | 2010 telén hideg volt.                      | 2010 telén                | 2010-WI    | SEASON
            ko | 공사는 2026년 봄에 끝난다.                 | 2026년 봄                 | 2026-SP    | SEASON
            ko | 1950년 겨울, 전쟁이 계속되었다.             | 1950년 겨울               | 1950-WI    | SEASON
            pt | A ponte caiu no verão de 2011.              | verão de 2011             | 2011-SU    | SEASON
            it | Nell'autunno del 2009 piovve molto.         | autunno del 2009          | 2009-FA    | SEASON
            nl | In de winter van 2010 vroor het.            | winter van 2010           | 2010-WI    | SEASON
            pl | Wiosną 2012 roku otwarto most.              | Wiosną 2012               | 2012-SP    | SEASON
            tr | Köprü 2011 sonbaharında açıldı.             | 2011 sonbaharında         | 2011-FA    | SEASON
            sv | Sommaren 2018 brann skogarna.               | Sommaren 2018             | 2018-SU    | SEASON
            sv | Våren 2020 infördes restriktioner.          | Våren 2020                | 2020-SP    | SEASON
            sv | Under hösten 2023 sjönk priserna.           | hösten 2023               | 2023-FA    | SEASON
            da | I foråret 2020 lukkede landet ned.          | foråret 2020              | 2020-SP    | SEASON
            da | Efteråret 2023 bød på storme.               | Efteråret 2023            | 2023-FA    | SEASON
            nb | Vinteren 2010 var kald.                     | Vinteren 2010             | 2010-WI    | SEASON
            uk | Влітку 2019 року спалахнули пожежі.         | Влітку 2019               | 2019-SU    | SEASON
            uk | Навесні 2020 року запровадили карантин.     | Навесні 2020              | 2020-SP    | SEASON
            uk | Взимку 1932 року почався голод.             | Взимку 1932               | 1932-WI    | SEASON
            ar | في شتاء 2010 تساقط الثلج.                   | شتاء 2010                 | 2010-WI    | SEASON
            ja | 2009年の冬に橋が完成した。                   | 2009年の冬                | 2009-WI    | SEASON
            zh | 2012年春天大桥通车。                         | 2012年春天                | 2012-SP    | SEASON
            en | In the 19th century the empire grew.        | the 19th century          | 18         | CENTURY
            vi | Vào thế kỷ 19, đế quốc mở rộng.             | thế kỷ 19                 | 18         | CENTURY
            vi | Ngôi chùa có từ thế kỷ thứ 11.              | thế kỷ thứ 11             | 10         | CENTURY
            vi | Trống đồng có từ thế kỷ 5 TCN.              | thế kỷ 5 TCN              | -05        | CENTURY
            el | Το θέατρο χτίστηκε τον 4ο αιώνα π.Χ.        | 4ο αιώνα π.Χ.             | -04        | CENTURY
            en | The wall dates from the 2nd century BC.     | the 2nd century BC        | -02        | CENTURY
            fr | Au XIXe siècle, l'empire grandit.           | XIXe siècle               | 18         | CENTURY
            el | Τον 19ο αιώνα η αυτοκρατορία μεγάλωσε.      | 19ο αιώνα                 | 18         | CENTURY
            el | Ο ναός χτίστηκε τον 12ο αι. από μοναχούς.   | 12ο αι.                   | 11         | CENTURY
            el | Το τείχος είναι του 3ου αι. π.Χ. στο σύνολο. | 3ου αι. π.Χ.             | -03        | CENTURY
            de | Im 19. Jahrhundert wuchs das Reich.         | 19. Jahrhundert           | 18         | CENTURY
            nl | In de 13e eeuw werd de dijk gelegd.        | 13e eeuw                  | 12         | CENTURY
            nl | De molen stamt uit de 18de eeuw.           | 18de eeuw                 | 17         | CENTURY
            pl | Zamek wzniesiono w XV wieku.               | XV wieku                  | 14         | CENTURY
            pl | W XX w. miasto rozwinęło się.              | XX w.                     | 19         | CENTURY
            pl | Kościół z XIX w. stoi w centrum.           | XIX w.                    | 18         | CENTURY
            tr | Köprü 17. yüzyılda yapıldı.                | 17. yüzyılda              | 16         | CENTURY
            en | The treaty was signed on 10 November.       | 10 November               | 2026-11-10 | DAY
            en | Elections are due on March 3rd.             | March 3rd                 | 2026-03-03 | DAY
            vi | Họ gặp nhau ngày 20 tháng 11.               | ngày 20 tháng 11          | 2026-11-20 | DAY
            el | Η συμφωνία υπογράφηκε τον Μάρτιο.           | Μάρτιο                    | 2026-03    | MONTH
            el | Οι εκλογές έγιναν τον Οκτώβρη.              | Οκτώβρη                   | 2026-10    | MONTH
            el | Οι εκλογές έγιναν τον Οκτ.                  | Οκτ                       | 2026-10    | MONTH
            el | Η έκθεση κλείνει τέλος σεπτ, λένε.           | σεπτ                      | 2026-09    | MONTH
            ru | Переговоры начались в сентябре.             | сентябре                  | 2026-09    | MONTH
            pl | Rozmowy zaczęły się w marcu.                | marcu                     | 2026-03    | MONTH
            it | Il bilancio di genn. 2013 era in rosso.     | genn. 2013                | 2013-01    | MONTH
            pl | Zebranie: śr., 13Lutego, sala 4.           | 13Lutego                  | 2026-02-13 | DAY
            en | Posted Wed, Feb13 by the editor.            | Wed, Feb13                | 2026-02-13 | DAY
            pt | A greve começou em 1o de maio de 2014.      | 1o de maio de 2014        | 2014-05-01 | DAY
            pl | Szczyt odbył się w lipcu 2014 roku.         | lipcu 2014                | 2014-07    | MONTH
            de | Im Januar wurde verhandelt.                 | Januar                    | 2026-01    | MONTH
            vi | Hội nghị diễn ra vào tháng 6.               | tháng 6                   | 2026-06    | MONTH
            hu | A tárgyalások szeptemberben kezdődtek.     | szeptemberben             | 2026-09    | MONTH
            hu | A márciusi ülés elmaradt.                  | márciusi                  | 2026-03    | MONTH
            hu | Az ülés március 15-én kezdődött.           | március 15-én             | 2026-03-15 | DAY
            hu | A döntés szept. végén születik meg.        | szept                     | 2026-09    | MONTH
            hu | A terv márc. óta késik.                    | márc                      | 2026-03    | MONTH
            hu | A március 15i ünnepséget elhalasztották.   | március 15i               | 2026-03-15 | DAY
            he | הכנס נפתח ב-20 באפריל 2012 בעיר.           | 20 באפריל 2012            | 2012-04-20 | DAY
            he | הפגישה נקבעה ל-3 למרץ.                     | 3 למרץ                    | 2026-03-03 | DAY
            bn | দেশটি 26শে মার্চ 1971 স্বাধীনতা ঘোষণা করে।   | 26শে মার্চ 1971           | 1971-03-26 | DAY
            be | Сход адбыўся 9 траўня 1945 года.           | 9 траўня 1945             | 1945-05-09 | DAY
            bn | চুক্তিটি 1লা জানুয়ারী 2015 থেকে কার্যকর।     | 1লা জানুয়ারী 2015        | 2015-01-01 | DAY
            ru | Выборы прошли 15 фев в Москве.             | 15 фев                    | 2026-02-15 | DAY
            en | Talks resumed in March after a pause.      | March                     | 2026-03    | MONTH
            fr | La loi entre en vigueur en mars.           | mars                      | 2026-03    | MONTH
            fr | Il part au mois d'avril.                   | avril                     | 2026-04    | MONTH
            fr | Le vote a eu lieu le 15 fev 2013.          | 15 fev 2013               | 2013-02-15 | DAY
            ru | Закон принят в 2000г. парламентом.         | 2000                      | 2000       | YEAR
            ru | Это случилось первого марта 2014 года.      | первого марта 2014        | 2014-03-01 | DAY
            en | In Q3 2014 growth slowed.                   | Q3 2014                   | 2014-Q3    | QUARTER
            ru | Саммит прошёл 13-го февраля 2013 года.      | 13-го февраля 2013        | 2013-02-13 | DAY
            de | Im 4. Quartal 2018 stiegen die Preise.      | 4. Quartal 2018           | 2018-Q4    | QUARTER
            fr | Au 3e trimestre 2014, la croissance ralentit. | 3e trimestre 2014       | 2014-Q3    | QUARTER
            el | Στο 3ο τρίμηνο του 2014 η ανάπτυξη έπεσε.   | 3ο τρίμηνο του 2014       | 2014-Q3    | QUARTER
            vi | Trong quý 3 năm 2017, tăng trưởng chậm lại. | quý 3 năm 2017            | 2017-Q3    | QUARTER
            de | Am dreißigsten Dezember 1999 fiel Schnee.   | dreißigsten Dezember 1999 | 1999-12-30 | DAY
            en | It was signed on the first of March 2014.   | the first of March 2014   | 2014-03-01 | DAY
            el | Έφτασαν στις τρεις Μαρτίου 2015.            | τρεις Μαρτίου 2015        | 2015-03-03 | DAY
            fr | Ils sont arrivés le trois mars 2015.        | trois mars 2015           | 2015-03-03 | DAY
            he | המשלחת הגיעה שלושה במרץ 2015.              | שלושה במרץ 2015           | 2015-03-03 | DAY
            he | הטקס נערך השלישי באוקטובר 2014.            | השלישי באוקטובר 2014      | 2014-10-03 | DAY
            bg | Договорът е подписан на 25 ян. 2016 г.     | 25 ян. 2016               | 2016-01-25 | DAY
            bg | Срещата беше на 3 септ 2014 г.             | 3 септ 2014               | 2014-09-03 | DAY
            fa | ژاپن در ۲ سپتامبر ۱۹۴۵ تسلیم شد.           | ۲ سپتامبر ۱۹۴۵            | 1945-09-02 | DAY
            hi | चुनाव १७ अक्टूबर २०१८ को हुए।                | १७ अक्टूबर २०१८           | 2018-10-17 | DAY
            bn | নির্বাচন ১৭ অক্টোবর ২০১৮ তারিখে হয়।         | ১৭ অক্টোবর ২০১৮           | 2018-10-17 | DAY
            th | การเลือกตั้งมีขึ้นเมื่อ 17 ตุลาคม 2561          | 17 ตุลาคม 2561            | 2018-10-17 | DAY
            th | การเลือกตั้งมีขึ้นเมื่อ ๑๗ ตุลาคม ๒๕๖๑          | ๑๗ ตุลาคม ๒๕๖๑            | 2018-10-17 | DAY
            th | สงครามเริ่มเมื่อ 1 กันยายน 1939                | 1 กันยายน 1939            | 1939-09-01 | DAY
            hi | चुनाव बाईस जून 2017 को हुए।                 | बाईस जून 2017             | 2017-06-22 | DAY
            es | Llegaron el uno de marzo de 2015.           | uno de marzo de 2015      | 2015-03-01 | DAY
            it | Arrivarono il primo di marzo 2015.          | primo di marzo 2015       | 2015-03-01 | DAY
            it | Arrivarono il 1º marzo 2015.                | 1º marzo 2015             | 2015-03-01 | DAY
            tr | Heyet üç mart 2015 günü geldi.              | üç mart 2015              | 2015-03-03 | DAY
            tr | Fabrika 2016 Kasım ayında kapandı.          | 2016 Kasım                | 2016-11    | MONTH
            tr | Heyet yirmi bir Mayıs 2015 günü geldi.      | yirmi bir Mayıs 2015      | 2015-05-21 | DAY
            ro | Recolta a început în luna mai.              | mai                       | 2026-05    | MONTH
            ro | Podul s-a deschis în mai 2015.              | mai 2015                  | 2015-05    | MONTH
            cs | Škola se otevře v září.                     | září                      | 2026-09    | MONTH
            cs | Sklizeň skončila v červnu.                  | červnu                    | 2026-06    | MONTH
            cs | Volby se konaly v květnu.                   | květnu                    | 2026-05    | MONTH
            cs | Dožínky se slavily v červenci.              | červenci                  | 2026-07    | MONTH
            fi | Vaalit pidetään huhtikuussa.                | huhtikuussa               | 2026-04    | MONTH
            fi | Tammikuu oli kylmä.                         | Tammikuu                  | 2026-01    | MONTH
            en | The vote was postponed to June.             | June                      | 2026-06    | MONTH
            es | El puente se inauguró en julio del 2000.    | julio del 2000            | 2000-07    | MONTH
            es | Llovió en julio del año 1999.               | julio del año 1999        | 1999-07    | MONTH
            it | Il ponte fu aperto nel luglio del 2000.     | luglio del 2000           | 2000-07    | MONTH
            ca | El pont es va obrir el juliol del 2000.     | juliol del 2000           | 2000-07    | MONTH
            sk | Most otvorili v júli 2000.                  | júli 2000                 | 2000-07    | MONTH
            sk | Voľby sa konali v marci 2016.               | marci 2016                | 2016-03    | MONTH
            en | The launch is scheduled for May.            | May                       | 2027-05    | MONTH
            en | The hearing was pushed back to August.      | August                    | 2026-08    | MONTH
            """)
    void shouldNormaliseAbsoluteDateWhenWrittenInLanguage(String language, String text, String expectedText,
                                                         String expectedValue, Granularity expectedGranularity) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).hasSize(1);
        DateMention mention = mentions.get(0);
        assertThat(mention.text()).isEqualTo(expectedText);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
        assertThat(mention.value()).isEqualTo(expectedValue);
        assertThat(mention.granularity()).isEqualTo(expectedGranularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Russia may march on, said the minister.
            en | The plan was criticised by May in London.
            en | Most members voted for May in the ballot.
            en | He wrote to June about the plan.
            en | The job moved to May after the vote.
            en | An award planned for April Ryan was cancelled.
            en | The stage is set for May to announce her resignation.
            fi | Kuu paistoi kirkkaasti.
            fr | La sonde a atteint Mars.
            vi | Dự án kéo dài 6 tháng.
            vi | Chỉ trong 5 tháng từ lúc khởi công, họ xây xong cầu.
            vi | Đội khách thắng 2-1 sau hiệp phụ.
            vi | Họ thắng 4 trận liên tiếp ở vòng bảng.
            hu | Szép napunk volt, már hazaértünk.
            tr | Aralık gittikçe açıldı.
            tr | Ocakta ateş yanıyordu.
            tr | Bu bir Mart klasiği.
            en | The MAR1 gene was sequenced.
            bg | Ян Хус е изгорен на клада.
            fa | نوروز ۱ فروردین است.
            en | This may be the last march of the union.
            en | They end April with a loss.
            en | It was the end of May's time in office.
            en | April Ryan asked the first question.
            en | The Black September group claimed the attack.
            en | He wrote The Hunt for Red October.
            en | Thousands joined the March on Washington.
            en | The ruling upset June and her sister.
            en | Lenin led the October Revolution in Petrograd.
            ro | Podul nou este mai lung și nu mai are trafic greu.
            ro | Au sosit în mai multe orașe, mai târziu.
            cs | Nad náměstím září nová světla.
            cs | Rybář navlékl červa na háček.
            cs | Na stole stály květiny a jabloň byla v květu.
            cs | Rozhodčí ukázal červenou kartu a střecha byla červená.
            """)
    void shouldNotTakeAMonthNameThatIsAnEverydayWordForADate(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    /** Polish "wiek" is also age, "i" (and) a Roman one, and "w" (in) a preposition, written without a dot. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            W wieku 40 lat odszedł z pracy.
            Zapytany o imię i wieku nie podał.
            Obrady XX w Sejmie trwały długo.
            Mieszka w Warszawie w Polsce.
            """)
    void shouldNotTakeAnAgeForACentury(String text) {
        assertThat(extractor.extract(text, "pl", REFERENCE)).isEmpty();
    }

    /** A season's name of one language is another word elsewhere; a Han season begins other words. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The Real Estate 2011 fair drew crowds.     | 2011      | 2011       | YEAR
            es | La lente 2010 de Zeiss es cara.            | 2010      | 2010       | YEAR
            nl | Wij varen 2018 naar Noorwegen.             | 2018      | 2018       | YEAR
            zh | 2012年春节前后大雪。                        | 2012年春节 | 2012-01-23 | DAY
            zh | 2022年冬奥会在北京举行。                    | 2022年     | 2022       | YEAR
            zh | 2019年夏普公司亏损。                        | 2019年     | 2019       | YEAR
            ko | 2019년 겨울왕국 2가 개봉했다.               | 2019년     | 2019       | YEAR
            """)
    void shouldNotReadASeasonNameOfAnotherLanguageOrAFestival(String language, String text, String expectedText,
                                                             String expectedValue, Granularity expectedGranularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                expectedGranularity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The levy takes effect by January.            | January  | 2026-01
            October was the driest month on record.      | October  | 2026-10
            Prices rose 3% in the year to November.      | November | 2026-11
            The December figures were revised upward.    | December | 2025-12
            """)
    void shouldTakeACapitalisedMonthAloneWhenItsNameIsNoOtherWord(String text, String expectedText, String value) {
        assertOnlyMention(text, extractor.extract(text, "en", REFERENCE), expectedText, value, Granularity.MONTH);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Vào cuối tháng 3 năm 2017, hai bên họp.     | cuối tháng 3 năm 2017     | 2017-03 | END
            vi | Thượng tuần tháng 7, lúa bắt đầu trổ bông.  | Thượng tuần tháng 7       | 2026-07 | START
            vi | Trung tuần tháng 9 năm 2016, bão đổ bộ.     | Trung tuần tháng 9 năm 2016 | 2016-09 | MID
            vi | Đến hạ tuần tháng 10, nước lũ rút dần.      | hạ tuần tháng 10          | 2026-10 | END
            el | Στα τέλη Μαρτίου 2017 έγινε η σύνοδος.      | τέλη Μαρτίου 2017         | 2017-03 | END
            en | It was late March 2017 when they met.       | late March 2017           | 2017-03 | END
            en | Through the early 2010s NATO and Russia met. | early 2010s              | 201     | START
            en | Trade grew in mid-2014.                     | mid-2014                  | 2014    | MID
            en | They met at the end of April, in Oslo.      | the end of April          | 2026-04 | END
            en | Talks resume at the beginning of June.     | the beginning of June     | 2026-06 | START
            fr | Les pourparlers reprennent fin mars.        | fin mars                  | 2026-03 | END
            fr | Les pourparlers reprennent début avril.     | début avril               | 2026-04 | START
            fr | Le vote a lieu mi-décembre.                 | mi-décembre               | 2026-12 | MID
            bg | Изборът е в края на април.                  | края на април             | 2026-04 | END
            bg | Заводът спря в началото на 2017 г.          | началото на 2017          | 2017    | START
            ro | Votul are loc la sfârșitul lunii aprilie.   | sfârșitul lunii aprilie   | 2026-04 | END
            ro | Uzina s-a închis la începutul anului 2017.  | începutul anului 2017     | 2017    | START
            cs | Volby budou koncem dubna.                   | koncem dubna              | 2027-04 | END
            cs | Továrna zavřela na konci roku 2017.         | konci roku 2017           | 2017    | END
            hu | A döntés április végén születik meg.        | április végén             | 2026-04 | END
            hu | A gyár 2017 elején zárt be.                 | 2017 elején               | 2017    | START
            hu | Május közepén ért véget.                    | Május közepén             | 2026-05 | MID
            ka | არჩევნები მარტის დასაწყისში გაიმართება.    | მარტის დასაწყისში         | 2026-03 | START
            ka | ხიდი 2012 წლის ბოლოს გაიხსნა.              | 2012 წლის ბოლოს           | 2012    | END
            ka | ფასები ივნისის შუა რიცხვებში გაიზრდება.    | ივნისის შუა რიცხვებში     | 2026-06 | MID
            ru | Работы продлятся до конца мая 2031 года.    | до конца мая 2031            | 2031-05 | END
            ru | С начала 2019 года цены на хлеб росли.      | С начала 2019               | 2019    | START
            ru | К середине 2004 года мост был готов.        | К середине 2004             | 2004    | MID
            de | Zu Beginn des Jahres 1871 zog er nach Bonn. | Zu Beginn des Jahres 1871 | 1871 | START
            de | Ende des Jahres 1957 schloss die Zeche.     | Ende des Jahres 1957      | 1957    | END
            """)
    void shouldKeepModifierWhenDateIsFuzzy(String language, String text, String expectedText, String expectedValue,
                                          Modifier expectedModifier) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.modifier()).isEqualTo(expectedModifier);
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The retrial opens on 9 March. In 2024, the court sat twice.     | 9 March   | 2024
            en | The retrial opened on March 9. In 2019 the court sat twice.     | March 9   | 2019
            de | Der Prozess beginnt am 9. März. Im Jahr 2024 tagte das Gericht. | 9. März   | 2024
            """)
    void shouldJoinNoDayToAYearAfterItsSentenceEnds(String language, String text, String day, String year) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text)
                .containsExactly(day, year);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The works closed on 12 Sept. 1987 after a strike. | 12 Sept. 1987 | 1987-09-12
            de | Das Werk schloss am 12. September 1987.          | 12. September 1987 | 1987-09-12
            """)
    void shouldStillJoinAnAbbreviatedMonthsDotToItsYear(String language, String text, String expectedText,
                                                       String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.DAY);
    }

    @Test
    void shouldReadEachGeorgianPartWhenTwoAreJoinedByAnd() {
        String text = "მოლაპარაკებები მარტის ბოლოსა და აპრილის დასაწყისს შორის გაიმართება.";

        assertThat(extractor.extract(text, "ka", REFERENCE))
                .extracting(DateMention::text, DateMention::start, DateMention::value, DateMention::modifier)
                .containsExactly(tuple("მარტის ბოლოსა", 15, "2026-03", Modifier.END),
                        tuple("აპრილის დასაწყისს", 32, "2026-04", Modifier.START));
    }

    @Test
    void shouldLeaveAGeorgianMonthWholeWhenTheWordAfterItOnlyBeginsWithAPart() {
        assertThat(extractor.extract("გადაწყვეტილება მარტის ბოლოსდაბოლოს მიიღეს.", "ka", REFERENCE))
                .singleElement().satisfies(mention -> {
                    assertThat(mention.text()).isEqualTo("მარტის");
                    assertThat(mention.modifier()).isNull();
                });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | the Orange Revolution in 2004–05          | 2004–05   | 2004 | 2005
            en | the war of 1991-1994                      | 1991-1994 | 1991 | 1994
            """)
    void shouldGiveRangeEndWhenYearsAreARange(String language, String text, String expectedText, String value,
                                              String rangeEnd) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.rangeEnd()).isEqualTo(rangeEnd);
        });
    }

    @Test
    void shouldIgnoreCitationMarksAndLongNumbersWhenLookingForYears() {
        String text = "See note [1994] and call 0123456789 or pay 12,2014.5 euros; ISBN 978-3-16-148410-0.";

        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The plant closed in Dec, 2018.               | 20 | 29 | 2018-12    | MONTH
            en | The plant closed Dec-2018 for good.          | 17 | 25 | 2018-12    | MONTH
            en | Filed Dec/2018 with the court.               |  6 | 14 | 2018-12    | MONTH
            en | Signed on June 4 , 1999 in Oslo.             | 10 | 23 | 1999-06-04 | DAY
            fr | L'usine a fermé en décembre, 2018.           | 19 | 33 | 2018-12    | MONTH
            fr | Le bilan de nov. de l'année 2016 est bon.    | 12 | 32 | 2016-11    | MONTH
            """)
    void shouldJoinAMonthNameAndItsYearWhenACommaDashOrSlashSeparatesThem(String language, String text, int start,
                                                                       int end, String value, Granularity granularity) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Polls open June the 28th at dawn.        | 11 | 24 | 2026-06-28
            en | It was signed July 4th of 1995 in Rome.  | 14 | 30 | 1995-07-04
            en | They wed on 28 June in 2020 in Oslo.     | 12 | 27 | 2020-06-28
            """)
    void shouldReadADayWhenTheOrAYearWordJoinsItsParts(String language, String text, int start, int end,
                                                       String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The letter is dated [Sept] 12, 1861 in the catalogue. | 21 | 35 | 1861-09-12
            bn | চিঠিটি [সেপ্টেম্বর] 12, 1861 তারিখে লেখা। | 8 | 28 | 1861-09-12
            """)
    void shouldReadADayWhenAnEditorBracketedItsMonth(String language, String text, int start, int end, String value) {
        assertOnlyMentionAt(extractor.extract(text, language, REFERENCE), start, end, value, Granularity.DAY);
    }

    @Test
    void shouldFallBackToMonthWhenDayDoesNotExist() {
        assertThat(extractor.extract("on 31 February 2014", "en", REFERENCE))
                .extracting(DateMention::value)
                .containsExactly("2014-02");
    }
}
