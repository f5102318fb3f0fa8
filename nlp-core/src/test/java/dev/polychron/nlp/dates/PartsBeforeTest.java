package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartsBeforeTest {

    /** Wednesday 10 June 2020. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2020, 6, 10, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The levee will be finished by the end of next year. | the end of next year        | 2021    | YEAR  | END
            en | Sales rose early last year.                         | early last year             | 2019    | YEAR  | START
            en | Prices fell late last month.                        | late last month             | 2020-05 | MONTH | END
            vi | Nhà máy sẽ mở cửa vào cuối năm sau.                 | cuối năm sau                | 2021    | YEAR  | END
            vi | Đầu tháng trước giá xăng giảm mạnh.                 | Đầu tháng trước             | 2020-05 | MONTH | START
            el | Στις αρχές του περασμένου μήνα οι τιμές έπεσαν.     | αρχές του περασμένου μήνα   | 2020-05 | MONTH | START
            el | Ο σταθμός θα ανοίξει στα τέλη του επόμενου έτους. | τέλη του επόμενου έτους | 2021 | YEAR  | END
            de | Das Werk öffnet Ende nächsten Jahres.               | Ende nächsten Jahres        | 2021    | YEAR  | END
            fr | L'usine ouvrira à la fin de l'année prochaine.      | fin de l'année prochaine    | 2021    | YEAR  | END
            fr | Début du mois dernier, les prix ont chuté.          | Début du mois dernier       | 2020-05 | MONTH | START
            ru | Завод откроется в конце следующего года.            | конце следующего года       | 2021    | YEAR  | END
            ru | В середине этого года пройдут выборы.               | середине этого года         | 2020    | YEAR  | MID
            uk | Завод відкриють наприкінці наступного року.         | наприкінці наступного року  | 2021    | YEAR  | END
            id | Jembatan itu rampung akhir tahun ini.               | akhir tahun ini             | 2020    | YEAR  | END
            id | Harga beras naik sejak awal Maret.                  | awal Maret                  | 2020-03 | MONTH | START
            en | The chapel was rebuilt c. 1340 by the monks.         | c. 1340                     | 1340    | YEAR  | APPROX
            en | A village stood here circa 900 BC.                  | circa 900 BC                | -0899   | YEAR  | APPROX
            en | The walls were raised ca. 1250 BC, it is thought.   | ca. 1250 BC                 | -1249   | YEAR  | APPROX
            en | The mill closed around the 1880s.                   | around the 1880s            | 188     | DECADE | APPROX
            en | Troy was burned in early 1180 BC.                   | early 1180 BC               | -1179   | YEAR  | START
            en | Early in the 19th century the canal was dug.        | Early in the 19th century   | 18      | CENTURY | START
            en | Late in 1871 the bridge was finished.               | Late in 1871                | 1871    | YEAR  | END
            en | At the end of the year 1912 the liner sailed.       | the end of the year 1912    | 1912    | YEAR  | END
            ru | Во второй половине XX века город вырос.             | второй половине XX века      | 19  | CENTURY | END
            ru | В первой половине XIX века здесь был лес.           | первой половине XIX века     | 18  | CENTURY | START
            ru | Во второй половине XX в. город вырос.              | второй половине XX в.        | 19  | CENTURY | END
            uk | У другій половині XX століття місто виросло.        | другій половині XX століття  | 19  | CENTURY | END
            uk | У першій половині XIX ст. тут був ліс.              | першій половині XIX ст.      | 18  | CENTURY | START
            en | In the first half of the 19th century it was a farm. | the first half of the 19th century | 18 | CENTURY | START
            en | Mills closed in the second half of the 1990s.       | the second half of the 1990s | 199 | DECADE  | END
            ru | Во второй половине 1990-х годов завод закрылся.    | второй половине 1990-х       | 199 | DECADE  | END
            de | In der zweiten Hälfte des 20. Jahrhunderts wuchs sie. | zweiten Hälfte des 20. Jahrhunderts | 19 | CENTURY | END
            fr | La ville grandit dans la seconde moitié du XXe siècle. | seconde moitié du XXe siècle | 19 | CENTURY | END
            it | La città crebbe nella seconda metà del XX secolo.   | seconda metà del XX secolo   | 19  | CENTURY | END
            es | La ciudad creció en la primera mitad del siglo XX.  | primera mitad del siglo XX   | 19  | CENTURY | START
            pl | Miasto rosło w drugiej połowie XX wieku.            | drugiej połowie XX wieku     | 19  | CENTURY | END
            nl | De industrie daalde in de tweede helft van de 20e eeuw. | tweede helft van de 20e eeuw | 19 | CENTURY | END
            de | Die Burg wurde um 1200 errichtet.                   | um 1200                      | 1200 | YEAR  | APPROX
            de | Die Kapelle stammt aus der Zeit ca. 1350.           | ca. 1350                     | 1350 | YEAR  | APPROX
            fr | Le château fut construit vers 1500.                 | vers 1500                    | 1500 | YEAR  | APPROX
            fr | La tapisserie a été brodée v. 1070.                 | v. 1070                      | 1070 | YEAR  | APPROX
            es | El castillo fue construido hacia 1500.              | hacia 1500                   | 1500 | YEAR  | APPROX
            it | Il castello fu costruito intorno al 1500.           | intorno al 1500              | 1500 | YEAR  | APPROX
            pt | O castelo foi construído por volta de 1500.         | por volta de 1500            | 1500 | YEAR  | APPROX
            nl | Het kasteel werd omstreeks 1480 gebouwd.            | omstreeks 1480               | 1480 | YEAR  | APPROX
            pl | Zamek zbudowano około 1500 roku.                    | około 1500                   | 1500 | YEAR  | APPROX
            ru | Церковь построена ок. 1200 г.                       | ок. 1200                     | 1200 | YEAR  | APPROX
            uk | Фортецю збудовали близько 1500 року.                | близько 1500                 | 1500 | YEAR  | APPROX
            de | Die Reformation begann im frühen 16. Jahrhundert.   | frühen 16. Jahrhundert       | 15  | CENTURY | START
            de | In den späten 1960er Jahren gab es Proteste.        | späten 1960er                | 196 | DECADE  | END
            nl | In de vroege 17e eeuw bloeide de handel.            | vroege 17e eeuw              | 16  | CENTURY | START
            """)
    void shouldGiveARelativePeriodThePartNamedBeforeIt(String language, String text, String expectedText,
                                                       String value, Granularity granularity, Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(expectedText);
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.granularity()).isEqualTo(granularity);
            assertThat(mention.modifier()).isEqualTo(modifier);
        });
    }

    /** A year's half stays a half-year, a range of months, not the year's start or end. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Во второй половине 2019 года цены выросли.  | 2019-07 | 2019-12
            ru | Первая половина 2010 года прошла спокойно.  | 2010-01 | 2010-06
            de | In der zweiten Hälfte 2012 stiegen die Preise. | 2012-07 | 2012-12
            """)
    void shouldKeepAYearsHalfAsItsMonthsWhenAHalfWordPrecedesAYear(String language, String text, String value,
                                                                  String rangeEnd) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.rangeEnd()).isEqualTo(rangeEnd);
            assertThat(mention.modifier()).isNull();
        });
    }

    /** A half before a year that is no half-year belongs to something else: a season, a final. */
    @Test
    void shouldLeaveAYearWholeWhenTheHalfBeforeItIsAnotherThing() {
        String text = "He was injured in the first half of the 2010 season.";

        assertThat(extractor.extract(text, "en", REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo("2010");
            assertThat(mention.modifier()).isNull();
        });
    }

    /** A half of a match or of a day is no period, nor is a voltage a century. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | He scored in the second half.
            ru | Он забил во второй половине матча.
            ru | Во второй половине дня пошёл дождь.
            ru | Напряжение в сети 220 В. Ток 5 А.
            """)
    void shouldFindNoDateInAHalfOfSomethingElse(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The pass climbs around 2000 metres above the lake.
            en | Around 1500 people signed the letter.
            de | Die Stadt hat etwa 1500 Einwohner.
            fr | La commune compte environ 1500 habitants.
            es | Asistieron alrededor de 1500 personas.
            it | Hanno partecipato circa 1500 persone.
            pt | Participaram cerca de 1500 pessoas.
            nl | De gemeente telt rond 1500 inwoners.
            pl | Na wiec przyszło około 1500 osób.
            ru | На митинг пришли около 1500 человек.
            uk | У селі проживає близько 1500 мешканців.
            """)
    void shouldFindNoYearInACountAfterAnApproximationWord(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    @Test
    void shouldLeaveAPeriodWholeWhenThePartWordBelongsToSomethingElse() {
        String text = "The end of the talks came next year.";

        assertThat(extractor.extract(text, "en", REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo("next year");
            assertThat(mention.modifier()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngôi chùa được trùng tu lần cuối năm 1995.  | năm 1995
            Ông đến Paris lần đầu năm 1990.             | năm 1990
            Ông về quê lần cuối năm sau.                | năm sau
            """)
    void shouldLeaveAVietnameseYearWholeAfterTheFirstOrLastTime(String text, String expectedText) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.modifier()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hasil akhir tahun lalu mengecewakan.        | tahun lalu
            Babak awal Maret lalu berjalan ketat.       | Maret lalu
            """)
    void shouldLeaveAnIndonesianPeriodWholeAfterAFinalResultOrRound(String text, String expectedText) {
        assertThat(extractor.extract(text, "id", REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.modifier()).isNull();
        });
    }

    @Test
    void shouldNotTakeAPossessiveForAPart() {
        assertThat(extractor.extract("Pasaré mi próxima semana de vacaciones en Cádiz.", "es", REFERENCE))
                .singleElement().satisfies(mention -> assertThat(mention.modifier()).isNull());
    }

    @Test
    void shouldMakeARangeApproximateButNeitherEarlyNorLate() {
        assertThat(extractor.extract("The weaver (c. 1430 – 1495) worked in Bruges.", "en", REFERENCE))
                .extracting(DateMention::text, DateMention::value, DateMention::rangeEnd, DateMention::modifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c. 1430 – 1495", "1430", "1495",
                        Modifier.APPROX));
        assertThat(extractor.extract("Droughts struck in early 1601–1603.", "en", REFERENCE))
                .extracting(DateMention::text, DateMention::modifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1601–1603", null));
    }

    @Test
    void shouldNotGiveADayAPart() {
        assertThat(extractor.extract("The meeting starts early tomorrow.", "en", REFERENCE)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
                    assertThat(mention.modifier()).isNull();
                });
    }

    /** The month took "年底" after it as its part, over the bare "年底" read on its own. */
    @Test
    void shouldLeaveAMentionAsItIsWhenTheOneBeforeReachesIntoIt() {
        String text = "2023年12月年底完成";
        DateMention monthEnd = new DateMention("2023年12月年底", 0, 11, "2023-12", Granularity.MONTH, Modifier.END,
                null, false);
        DateMention yearEnd = new DateMention("年底", 9, 11, "2023", Granularity.YEAR, null, null, false);
        PartsBefore parts = PartsBefore.of(Map.of("月", Modifier.END), Map.of(), "of", "");

        assertThat(parts.join(text, text, List.of(monthEnd, yearEnd))).containsExactly(monthEnd, yearEnd);
        assertThat(extractor.extract(text, "zh", REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo("2023年12月年底");
            assertThat(mention.value()).isEqualTo("2023-12");
            assertThat(mention.modifier()).isEqualTo(Modifier.END);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Цены выросли с прошлого года.        | прошлого года       | 2019
            ru | Отчёт за январь текущего года готов.  | январь текущего года | 2020-01
            uk | Ціни зросли з минулого року.          | минулого року       | 2019
            el | Η έκθεση του τρέχοντος έτους βγήκε.  | τρέχοντος έτους     | 2020
            """)
    void shouldReadRelativeYearsInTheGenitive(String language, String text, String expectedText, String value) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple(expectedText, value));
    }
}
