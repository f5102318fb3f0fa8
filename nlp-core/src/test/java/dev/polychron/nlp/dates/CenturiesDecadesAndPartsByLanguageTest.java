package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Centuries, decades, parts of a year, counts and weekdays as encyclopedia and news prose writes them in the languages
 * beyond the six of {@link DateFamiliesByLanguageTest}: Nordic and Finnish decades and centuries by their suffix
 * ("1990-talet", "1800-tallet", "1800-luvulla"), Central European centuries after an ordinal ("19. století", "19.
 * században"), Romanian, Catalan and Indonesian ones after their word, Hebrew "במאה ה-19", Hindi "12वीं शताब्दी",
 * Georgian "XI საუკუნეში"; the case forms of Slovene, Serbian, Latvian and Estonian months and the year-first dates
 * of Latvian and Lithuanian.
 */
class CenturiesDecadesAndPartsByLanguageTest {

    /** A Wednesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private static final RuleBasedDateExtractor EXTRACTOR = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sv | Under 1960-talet byggdes hamnen ut.               | 1960-talet            | 196        | DECADE  |
            sv | Staden grundades under 1600-talet.                | 1600-talet            | 16         | CENTURY |
            sv | I början av 2012 stängde bruket.                  | I början av 2012      | 2012       | YEAR    | START
            sv | Bron revs i slutet av maj 2009.                   | i slutet av maj 2009  | 2009-05    | MONTH   | END
            da | I 1970'erne voksede forstæderne.                  | 1970'erne             | 197        | DECADE  |
            da | Kirken er fra 1200-tallet.                        | 1200-tallet           | 12         | CENTURY |
            da | Byen voksede i det 18. århundrede.                | 18. århundrede        | 17         | CENTURY |
            da | I midten af 2011 åbnede museet.                   | I midten af 2011      | 2011       | YEAR    | MID
            nb | På 1950-tallet kom de første turistene.           | 1950-tallet           | 195        | DECADE  |
            nb | Gården er kjent fra 1500-tallet.                  | 1500-tallet           | 15         | CENTURY |
            nb | I slutten av 2016 ble fabrikken solgt.            | I slutten av 2016     | 2016       | YEAR    | END
            nb | I begynnelsen av 1990-årene ble byen pusset opp. | I begynnelsen av 1990-årene | 199 | DECADE | START
            fi | 1970-luvulla kaupunki kasvoi nopeasti.            | 1970-luvulla          | 197        | DECADE  |
            fi | Kirkko rakennettiin 1400-luvulla.                 | 1400-luvulla          | 14         | CENTURY |
            fi | Tehdas suljettiin vuoden 2012 lopulla.            | 2012 lopulla          | 2012       | YEAR    | END
            hu | Az 1960-as években épült a híd.                   | 1960-as években       | 196        | DECADE  |
            hu | A vár a 13. században épült.                      | 13. században         | 12         | CENTURY |
            hu | Az 1990-es választást a jobboldal nyerte.         | 1990                  | 1990       | YEAR    |
            cs | Hrad byl postaven ve 14. století.                 | 14. století           | 13         | CENTURY |
            hr | Crkva je sagrađena u 16. stoljeću.                | 16. stoljeću          | 15         | CENTURY |
            hr | Početkom 2013. otvoren je novi most.              | Početkom 2013         | 2013       | YEAR    | START
            ro | Cetatea a fost ridicată în secolul al XIV-lea.    | secolul al XIV-lea    | 13         | CENTURY |
            ro | Biserica datează din secolul XVII.                | secolul XVII          | 16         | CENTURY |
            ca | Als anys seixanta la vila va créixer.             | Als anys seixanta     | 196        | DECADE  |
            ca | El castell és del segle XII.                      | segle XII             | 11         | CENTURY |
            ca | A finals del 2010 es va tancar la fàbrica.        | A finals del 2010     | 2010       | YEAR    | END
            bg | През 70-те години градът се разраства.            | 70-те години          | 197        | DECADE  |
            id | Pada tahun 1980-an kota ini tumbuh pesat.         | 1980-an               | 198        | DECADE  |
            id | Candi ini dibangun pada abad ke-9.                | abad ke-9             | 08         | CENTURY |
            id | Pada akhir 2014 pabrik itu ditutup.               | Pada akhir 2014       | 2014       | YEAR    | END
            he | העיר נוסדה במאה ה-12.                              | במאה ה-12             | 11         | CENTURY |
            he | בשנות ה-90 התפתחה התעשייה.                        | בשנות ה-90            | 199        | DECADE  |
            he | בסוף שנות ה־80 נסגר המפעל.                        | בסוף שנות ה־80        | 198        | DECADE  | END
            sr | Tokom 1980-ih grad je rastao.                     | 1980-ih               | 198        | DECADE  |
            sr | Манастир је подигнут у 13. веку.                  | 13. веку              | 12         | CENTURY |
            sl | V 80. letih je mesto raslo.                       | 80. letih             | 198        | DECADE  |
            sk | V 70. rokoch sa mesto rozrástlo.                  | 70. rokoch            | 197        | DECADE  |
            lt | Pilis pastatyta XIV amžiuje.                      | XIV amžiuje           | 13         | CENTURY |
            lv | Pils celta 14. gadsimtā.                          | 14. gadsimtā          | 13         | CENTURY |
            lv | 1980. gados pilsēta auga.                         | 1980. gados           | 198        | DECADE  |
            et | Linnus ehitati 14. sajandil.                      | 14. sajandil          | 13         | CENTURY |
            et | 1980. aastatel linn kasvas.                       | 1980. aastatel        | 198        | DECADE  |
            sl | Most so odprli 4. novembra 2011.                  | 4. novembra 2011      | 2011-11-04 | DAY     |
            sl | Tovarna je zaprla v septembru 2009.               | septembru 2009        | 2009-09    | MONTH   |
            sr | Мост је отворен 4. новембра 2011.                 | 4. новембра 2011      | 2011-11-04 | DAY     |
            sr | Most je otvoren 4. novembra 2011.                 | 4. novembra 2011      | 2011-11-04 | DAY     |
            lv | Tilts tika atklāts 2011. gada 4. novembrī.        | 2011. gada 4. novembrī | 2011-11-04 | DAY    |
            lv | Rūpnīca slēgta 2009. gada septembrī.              | 2009. gada septembrī  | 2009-09    | MONTH   |
            et | Sild avati 4. novembril 2011.                     | 4. novembril 2011     | 2011-11-04 | DAY     |
            et | Tehas suleti 2009. aasta septembris.              | 2009. aasta septembris | 2009-09   | MONTH   |
            lt | Tiltas atidarytas 2011 m. lapkričio 4 d.          | 2011 m. lapkričio 4 d. | 2011-11-04 | DAY    |
            lt | Gamykla uždaryta 2009 m. rugsėjį.                 | 2009 m. rugsėjį       | 2009-09    | MONTH   |
            tr | Şehir XIX. yüzyılın ortalarında büyüdü.           | XIX. yüzyılın ortalarında | 18     | CENTURY | MID
            tr | Kale XIV. yüzyılda yapıldı.                       | XIV. yüzyılda         | 13         | CENTURY |
            ru | Крепость построили в V в. до н. э.                | V в. до н. э.         | -05        | CENTURY |
            hi | यह मंदिर 12वीं शताब्दी में बनाया गया था।            | 12वीं शताब्दी         | 11         | CENTURY |
            hi | किला 16 वीं सदी का है।                              | 16 वीं सदी            | 15         | CENTURY |
            hi | यह ग्रंथ 5वीं शताब्दी ईसा पूर्व का है।               | 5वीं शताब्दी ईसा पूर्व | -05       | CENTURY |
            ka | ეკლესია აშენდა XI საუკუნეში.                      | XI საუკუნეში          | 10         | CENTURY |
            ka | ციხე მე-12 საუკუნის ძეგლია.                       | მე-12 საუკუნის        | 11         | CENTURY |
            ka | ქალაქი XIX საუკუნის ბოლოს გაიზარდა.               | XIX საუკუნის ბოლოს    | 18         | CENTURY | END
            """)
    void shouldReadCenturiesDecadesAndPartsOfYears(String language, String text, String mention, String value,
                                                   Granularity granularity, Modifier modifier) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).singleElement().satisfies(date -> {
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.granularity()).isEqualTo(granularity);
            assertThat(date.modifier()).isEqualTo(modifier);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Polisi mengatakan pada hari Selasa bahwa dua orang ditahan. | Selasa      | 2015-03-17
            id | Pada hari Minggu pasar itu ramai.                           | Minggu      | 2015-03-15
            he | ביום שלישי נפתחה התערוכה.                                   | ביום שלישי  | 2015-03-17
            sr | U utorak je ministar otvorio most.                          | utorak      | 2015-03-17
            sr | У уторак је министар отворио мост.                          | уторак      | 2015-03-17
            sr | U nedelju je održan koncert.                                | nedelju     | 2015-03-15
            lt | Antradienį ministras atidarė tiltą.                         | Antradienį  | 2015-03-17
            lv | Otrdien ministrs atklāja tiltu.                             | Otrdien     | 2015-03-17
            et | Teisipäeval avas minister silla.                            | Teisipäeval | 2015-03-17
            """)
    void shouldReadAWeekdayNamedAlone(String language, String text, String mention, String value) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).singleElement().satisfies(date -> {
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.granularity()).isEqualTo(Granularity.DAY);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sv | Polisen grep 2000 personer vid gränsen.
            da | Festivalen havde 1998 besøgende.
            nb | Over 2000 mennesker deltok.
            fi | Mielenosoitukseen osallistui 2000 ihmistä.
            hu | A tüntetésen 2000 ember vett részt.
            cs | Demonstrace se zúčastnilo 2000 lidí.
            hr | Prosvjedu je prisustvovalo 2000 ljudi.
            bg | На протеста присъстваха 2000 души.
            ca | A la manifestació hi havia 2000 persones.
            id | Sebanyak 2000 orang mengikuti acara itu.
            id | Minggu depan sekolah libur.
            sr | Prošle nedelje je padala kiša.
            sl | Maja je rekla, da pride na obisk.
            sr | Marta je otvorila izložbu.
            lv | Marta teica, ka atbrauks.
            sk | Zadržali 2000 ľudí.
            sl | Prijeli so 2000 ljudi.
            lt | Sulaikė 2000 žmonių.
            lv | Aizturēti 2000 cilvēku.
            et | Kinni peeti 2000 inimest.
            sv | Under 2000 personer dog i olyckan.
            da | Billetten koster fra 1500 kroner.
            nb | Kirken har stått i 1500 år.
            id | Pada 2000 orang mengungsi.
            hr | Trka je stala na kraju 2000 metara.
            hu | Öt századmásodperccel nyert.
            he | הקבוצה סיימה במקום שלישי.
            he | בשנות ה-30 לחייו עבר לתל אביב.
            he | אישה בשנות ה-40 שלה פתחה עסק.
            he | בשנות ה-20 המוקדמות לחייה למדה רפואה.
            en | Men in their 80s were invited.
            en | Temperatures in the 80s are expected.
            en | Highs will be in the 80s and 90s.
            en | Wind gusts reached the 40s at the coast.
            en | It stayed in the 60s Fahrenheit.
            en | His approval rating is in the 40s.
            en | The 50s and 60s age groups were hit hardest.
            en | Her grades were in the 90s.
            tr | II. Dünya Savaşı'nda şehir yıkıldı.
            """)
    void shouldFindNoCenturyDecadeOrDayInCountsAndOrdinals(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE))
                .noneMatch(date -> date.granularity() == Granularity.DAY || date.granularity() == Granularity.YEAR
                        || date.granularity() == Granularity.DECADE);
    }

    /**
     * Hindi and Georgian centuries are read after an ordinal only: a bare number counts centuries; Georgian writes
     * its mark of the era before ours before the century, which is left unread rather than taken for our era's.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hi | भारत ने 2 सदी पुराना कानून बदला।
            hi | शताब्दी एक्सप्रेस 12 बजे रवाना हुई।
            hi | उन्होंने 12वीं कक्षा की परीक्षा पास की।
            ka | 12 საუკუნე გავიდა მას შემდეგ.
            ka | ძვ. წ. IV საუკუნეში აქ დასახლება იყო.
            """)
    void shouldFindNoCenturyWhenANumberCountsCenturiesOrTheEraIsBeforeOurs(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).isEmpty();
    }
}
