package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class DailyHoursTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    /** Opening hours are a time of every day: no date of the article's day. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La médiathèque est ouverte de 9 h à 19 h.
            fr | Le jardin reste accessible jusqu'à 7h du soir tous les jours.
            de | Die Ausstellung ist von 9 bis 17 Uhr geöffnet.
            es | La biblioteca abre de 09:00 a 20:00.
            en | The gallery is open from 9am to 5pm.
            en | The ticket office is open daily until 7 p.m.
            it | Il museo è aperto dalle 9 alle 19.
            fr | Le guichet est ouvert du lundi au samedi de 8 h à 20 h.
            en | The depot is open Tuesday to Saturday, 8am to 4pm.
            en | The museum is open from 9am to 5pm, Tuesday to Sunday.
            de | Das Büro ist von Montag bis Freitag von 8 bis 16 Uhr geöffnet.
            de | Die Ausstellung ist von Dienstag bis Sonntag von 10 bis 18 Uhr geöffnet.
            """)
    void shouldDateNoOpeningHours(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    /** A clock of one event stays, on its day or the reference's. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le concert commence à 20 h.               | 20 h                  | 2015-03-18T20 | HOUR
            de | Das Konzert beginnt um 20 Uhr.            | 20 Uhr                | 2015-03-18T20 | HOUR
            es | La votación empezó a las 10:30.           | 10:30                 | 2015-03-18T10:30 | MINUTE
            fr | Demain à 18 h, le ministre parlera.       | Demain à 18 h         | 2015-03-19T18 | HOUR
            fr | Le concert aura lieu le 20 mars à 18h.    | 20 mars à 18h         | 2015-03-20T18 | HOUR
            """)
    void shouldKeepTheClockOfOneEvent(String language, String text, String expectedText, String value,
                                      Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, granularity);
    }

    /** A range of weekdays without hours after it is one week's. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La grève durera du lundi au vendredi.     | du lundi au vendredi  | 2015-03-23
            en | The strike will last from Monday to Friday. | from Monday to Friday | 2015-03-23
            de | Die Piloten werden von Montag bis Freitag streiken. | von Montag bis Freitag | 2015-03-23
            """)
    void shouldKeepARangeOfWeekdaysWithoutHours(String language, String text, String expectedText, String value) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, value, Granularity.DAY);
    }

    /** A weekday whose own hours follow is no first day of a range of weekdays ("abends" is no "a" and a day). */
    @Test
    void shouldKeepAWeekdayWhenItsOwnHoursFollow() {
        List<DateMention> mentions = extractor.extract("Am Montag abends von 8 bis 10 Uhr sprach er.", "de", REFERENCE);

        assertThat(mentions).anySatisfy(mention -> {
            assertThat(mention.text()).isEqualTo("Montag");
            assertThat(mention.value()).isEqualTo("2015-03-16");
        });
    }
}
