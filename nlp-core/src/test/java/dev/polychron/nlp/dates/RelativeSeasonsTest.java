package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class RelativeSeasonsTest {

    /** Tuesday 12 February 2013, in the winter of 2012–13. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bg | Това лято ще бъде горещо.              | Това лято           | 2013-SU
            bg | Тази зима беше мека.                   | Тази зима           | 2012-WI
            bg | Миналото лято валя често.              | Миналото лято       | 2012-SU
            ro | Vara asta plecăm la mare.              | Vara asta           | 2013-SU
            ro | Iarna trecută a nins puțin.            | Iarna trecută       | 2011-WI
            cs | Příští léto se staví most.             | Příští léto         | 2013-SU
            cs | Minulé léto bylo suché.                | Minulé léto         | 2012-SU
            hu | Múlt nyáron aszály volt.               | Múlt nyáron         | 2012-SU
            hu | A hidat jövő ősszel adják át.          | jövő ősszel         | 2013-FA
            en | The dam was finished last summer.      | last summer         | 2012-SU
            en | Snow closed the pass this winter.      | this winter         | 2012-WI
            en | The bridge opens next autumn.          | next autumn         | 2013-FA
            hu | Tavaly nyáron leégett a pajta.         | Tavaly nyáron       | 2012-SU
            el | Η γέφυρα ανοίγει αυτό το φθινόπωρο.    | αυτό το φθινόπωρο   | 2013-FA
            el | Οι τιμές του περασμένου καλοκαιριού.   | περασμένου καλοκαιριού | 2012-SU
            el | Χιόνισε πολύ αυτόν τον χειμώνα.        | αυτόν τον χειμώνα   | 2012-WI
            ka | ამ ზაფხულს ხიდი გაიხსნება.             | ამ ზაფხულს          | 2013-SU
            ka | გასულ შემოდგომას წვიმდა.               | გასულ შემოდგომას    | 2012-FA
            vi | Mùa hè này chúng tôi đi biển.          | Mùa hè này          | 2013-SU
            vi | Cây cầu khánh thành mùa thu tới.       | mùa thu tới         | 2013-FA
            vi | Mùa thu năm nay lúa được mùa.          | Mùa thu năm nay     | 2013-FA
            vi | Mùa hè năm ngoái hạn hán kéo dài.      | Mùa hè năm ngoái    | 2012-SU
            el | Φέτος το καλοκαίρι θα ανοίξει η πισίνα. | Φέτος το καλοκαίρι | 2013-SU
            el | Πέρσι το φθινόπωρο πλημμύρισε ο κάμπος. | Πέρσι το φθινόπωρο | 2012-FA
            vi | Mùa hè trước chúng tôi đi biển.        | Mùa hè trước        | 2012-SU
            ru | Прошлым летом мост закрыли.            | Прошлым летом       | 2012-SU
            it | Il ponte aprirà la prossima estate.    | prossima estate     | 2013-SU
            it | L'autunno scorso la vendemmia fu scarsa. | autunno scorso    | 2012-FA
            pt | No outono passado a ponte caiu.        | outono passado      | 2012-FA
            nl | Afgelopen herfst regende het vaak.     | Afgelopen herfst    | 2012-FA
            tr | Geçen kış göl dondu.                   | Geçen kış           | 2011-WI
            fr | Le pont ouvrira cet été.               | cet été             | 2013-SU
            fr | L'automne dernier, la récolte fut maigre. | automne dernier  | 2012-FA
            fr | La digue sera finie l'hiver prochain.  | hiver prochain      | 2013-WI
            de | Diesen Sommer wird die Brücke gebaut.  | Diesen Sommer       | 2013-SU
            de | Im vergangenen Herbst regnete es oft.  | vergangenen Herbst  | 2012-FA
            de | Im kommenden Frühjahr wird gewählt.    | kommenden Frühjahr  | 2013-SP
            es | Este verano abrirá el puente.          | Este verano         | 2013-SU
            es | El otoño pasado llovió mucho.          | otoño pasado        | 2012-FA
            es | La presa se terminará la próxima primavera. | próxima primavera | 2013-SP
            it | Quest'estate il lago è rimasto basso.  | Quest'estate        | 2013-SU
            zh | 去年夏天洪水频发。                     | 去年夏天            | 2012-SU
            zh | 今年秋天大桥通车。                     | 今年秋天            | 2013-FA
            ja | 昨年の夏は猛暑だった。                 | 昨年の夏            | 2012-SU
            ja | 昨年夏に引退した。                     | 昨年夏              | 2012-SU
            ja | この秋、新駅が開業する。               | この秋              | 2013-FA
            ko | 작년 여름은 무더웠다.                  | 작년 여름           | 2012-SU
            ko | 지난 가을에 결혼했다.                  | 지난 가을           | 2012-FA
            ko | 다음 봄에 개통된다.                    | 다음 봄             | 2013-SP
            """)
    void shouldDateASeasonBesideAWordForThisNextOrLast(String language, String text, String expectedText,
                                                       String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                Granularity.SEASON);
    }

    /** From an autumn day, the last summer is this calendar year's and the next is the coming year's. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bg | Миналото лято валя често.              | Миналото лято       | 2013-SU
            ro | Iarna trecută a nins puțin.            | Iarna trecută       | 2012-WI
            cs | Příští léto se staví most.             | Příští léto         | 2014-SU
            hu | Múlt nyáron aszály volt.               | Múlt nyáron         | 2013-SU
            """)
    void shouldCountSeasonsFromTheReferenceSeasonNotItsCalendarYear(String language, String text,
                                                                     String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, LocalDateTime.of(2013, 10, 15, 12, 0)),
                expectedText, expectedValue, Granularity.SEASON);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            This fall in grain prices hurt farmers.
            Her last summer of the war was spent in Lyon.
            Since his last fall he walks with a cane.
            This spring water is pure.
            """)
    void shouldLeaveTheSeasonOutWhenAWordBesideItMakesItAnotherWord(String text) {
        assertThat(extractor.extract(text, "en", REFERENCE)).isEmpty();
    }

    /** French "été" is also "been", and "cet été-là" is the summer of a date told before. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le coureur a été dernier de sa série.
            fr | Il n'a jamais été dernier en classe.
            fr | Cet été-là, la rivière déborda.
            de | In seinem letzten Sommer malte er viel.
            de | Im letzten Winter des Krieges hungerte die Stadt.
            """)
    void shouldLeaveTheSeasonOutWhereItIsAnotherWordOrTold(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    /** "一昨年の夏" is the summer two years ago; "今年夏季奥运会" this year's Summer Olympics, no season. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | 一昨年の夏に訪れた。
            zh | 今年夏季奥运会在巴黎举行。
            zh | 去年春节期间游客增多。
            ja | 今年の春闘で大手企業が満額回答した。
            ja | 今年の秋葉原は混雑した。
            """)
    void shouldFindNoSeasonWhereTheCharacterStartsAnotherWordOrTheYearIsAnother(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .noneMatch(mention -> mention.granularity() == Granularity.SEASON);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mùa hè trước khi nhập học, em đi làm thêm.
            Họ cưới nhau, và mùa hè trước đó họ đi Huế.
            """)
    void shouldLeaveAVietnameseSeasonOutWhenTruocSaysBefore(String text) {
        assertThat(extractor.extract(text, "vi", REFERENCE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} from {2}")
    @CsvSource({"SU, 0, 2013-02, 2013-06", "WI, 0, 2013-02, 2012-12", "WI, -1, 2013-02, 2011-12",
            "WI, 1, 2013-02, 2013-12", "SU, -1, 2013-07, 2012-06", "SU, -1, 2013-10, 2013-06",
            "SU, 1, 2013-10, 2014-06"})
    void shouldStartTheSeasonTheDirectionNames(String code, int direction, YearMonth reference, YearMonth expected) {
        assertThat(RelativeSeasons.start(code, direction, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Từ mùa hè tới mùa đông trời mưa nhiều.
            vi | Mùa hè trước kỳ thi em học rất chăm.
            """)
    void shouldFindNoNextOrLastSeasonWhereTheWordIsBeforeOrTo(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE))
                .noneMatch(mention -> mention.text().contains("tới") || mention.text().contains("trước"));
    }
}
