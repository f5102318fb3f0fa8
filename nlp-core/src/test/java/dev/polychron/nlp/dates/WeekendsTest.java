package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class WeekendsTest {

    /** Wednesday 18 March 2015, in ISO week 12: its weekend is 21–22 March, the last one 14–15 March. */
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The quartet toured Scotland last weekend.               | last weekend              | 2015-W11-WE
            en | Ticket sales doubled this past weekend.                 | this past weekend         | 2015-W11-WE
            en | The new terminal opens this weekend.                    | this weekend              | 2015-W12-WE
            en | The regatta starts next weekend.                        | next weekend              | 2015-W12-WE
            en | The ferry will not sail over the weekend.               | the weekend               | 2015-W12-WE
            en | The harbour master was sacked over the weekend.         | the weekend               | 2015-W11-WE
            en | The climbers were rescued at the weekend.               | the weekend               | 2015-W11-WE
            fr | Le week-end dernier, l'orchestre a joué à Nantes.       | Le week-end dernier       | 2015-W11-WE
            fr | Ce week-end, la galerie ouvrira ses portes.             | Ce week-end               | 2015-W12-WE
            fr | Le salon du livre aura lieu le week-end prochain.       | le week-end prochain      | 2015-W12-WE
            fr | Au cours du week-end, la douane a intercepté un cargo.  | du week-end              | 2015-W11-WE
            de | Am Wochenende wurde der Hafen gesperrt.                 | Wochenende                | 2015-W11-WE
            de | Am Wochenende wird der Zoo zwei Pandas vorstellen.      | Wochenende                | 2015-W12-WE
            de | Am vergangenen Wochenende spielte das Quartett in Bonn. | vergangenen Wochenende    | 2015-W11-WE
            de | An diesem Wochenende beginnt die Messe.                 | diesem Wochenende         | 2015-W12-WE
            es | El fin de semana pasado, el grupo tocó en Cádiz.        | El fin de semana pasado   | 2015-W11-WE
            es | Este fin de semana se inaugurará la presa.              | Este fin de semana        | 2015-W12-WE
            it | Lo scorso fine settimana la band ha suonato a Bari.     | Lo scorso fine settimana  | 2015-W11-WE
            pt | Neste fim de semana será inaugurado o porto.            | Neste fim de semana       | 2015-W12-WE
            ru | В минувшие выходные оркестр выступил в Казани.          | минувшие выходные         | 2015-W11-WE
            ru | В эти выходные откроется выставка.                      | эти выходные              | 2015-W12-WE
            vi | Cuối tuần qua, ban nhạc đã biểu diễn tại Huế.           | Cuối tuần qua             | 2015-W11-WE
            vi | Vào cuối tuần, đội cứu hộ đã tìm thấy hai người leo núi. | cuối tuần                | 2015-W11-WE
            vi | Cuối tuần này sẽ có phiên chợ hoa.                      | Cuối tuần này             | 2015-W12-WE
            el | Το περασμένο Σαββατοκύριακο η ορχήστρα έπαιξε στην Πάτρα. | Το περασμένο Σαββατοκύριακο | 2015-W11-WE
            el | Το Σαββατοκύριακο θα ανοίξει το νέο μουσείο.            | Το Σαββατοκύριακο         | 2015-W12-WE
            el | Το Σαββατοκύριακο οι διασώστες βρήκαν δύο ορειβάτες.    | Το Σαββατοκύριακο         | 2015-W11-WE
            nl | Afgelopen weekend speelde het orkest in Gent.           | Afgelopen weekend         | 2015-W11-WE
            """)
    void shouldDateAWeekendByItsWordOrItsClauseTense(String language, String text, String expectedText,
                                                    String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, WEDNESDAY), expectedText, expectedValue,
                Granularity.WEEK);
    }

    /** On a Sunday the past weekend is the one under way and the next one is a week on; "last" is a week back. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The quartet toured Scotland last weekend.         | last weekend  | 2015-W11-WE
            en | The harbour master was sacked over the weekend.   | the weekend   | 2015-W12-WE
            en | The ferry will not sail over the weekend.         | the weekend   | 2015-W13-WE
            en | The regatta starts next weekend.                  | next weekend  | 2015-W13-WE
            """)
    void shouldCountWeekendsFromASunday(String language, String text, String expectedText, String expectedValue) {
        assertOnlyMention(text, extractor.extract(text, language, LocalDateTime.of(2015, 3, 22, 18, 0)),
                expectedText, expectedValue, Granularity.WEEK);
    }

    /** A bare weekend without a tense is mostly every weekend; the words after some make it another weekend. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The aquarium is closed at the weekend.
            en | The weekend edition sells well.
            en | The weekend of the regatta was windy.
            fr | La bibliothèque est fermée pendant le week-end.
            fr | Ce week-end-là, il neigeait.
            de | Das Museum ist am Wochenende geschlossen.
            es | El museo abre el fin de semana.
            ru | Музей работает в выходные дни.
            ru | Выходные данные книги стоят на последней странице.
            vi | Bảo tàng mở cửa vào cuối tuần.
            el | Το μουσείο είναι ανοιχτό το Σαββατοκύριακο.
            """)
    void shouldNotDateAnyWeekendOrAnotherWord(String language, String text) {
        assertThat(extractor.extract(text, language, WEDNESDAY)).isEmpty();
    }
}
