package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

class ClocksWithUnitsTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2016, 9, 2, 8, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Der Zug verließ den Bahnhof um 7 Uhr.                | 7 Uhr      | 2016-09-02T07    | HOUR
            de | Gegen 21.45 Uhr meldete die Polizei einen Brand.     | 21.45 Uhr  | 2016-09-02T21:45 | MINUTE
            fr | Les urnes ferment à 19h dans la commune.             | 19h        | 2016-09-02T19    | HOUR
            fr | Le cortège est parti vers 14 h 15 du parc.           | 14 h 15    | 2016-09-02T14:15 | MINUTE
            fr | La séance reprend à 21 heures.                       | 21 heures  | 2016-09-02T21    | HOUR
            es | El pleno se reanudará a las 17 horas.                | 17 horas   | 2016-09-02T17    | HOUR
            it | Il consiglio si riunisce alle ore 9.30 in municipio. | ore 9.30   | 2016-09-02T09:30 | MINUTE
            it | La partita è iniziata alle 20.45 a Torino.           | 20.45      | 2016-09-02T20:45 | MINUTE
            fr | Le bus part à 7h du soir.                            | 7h du soir | 2016-09-02T19    | HOUR
            fr | La messe commence à 8 heures du matin.               | 8 heures du matin | 2016-09-02T08 | HOUR
            de | Die Sitzung begann um 15 Uhr 20 im Rathaus.          | 15 Uhr 20  | 2016-09-02T15:20 | MINUTE
            de | Der Laden öffnet 3 Uhr am Nachmittag wieder.         | 3 Uhr am Nachmittag | 2016-09-02T15 | HOUR
            de | Der Laden schließt um 8 Uhr abends.                  | 8 Uhr abends | 2016-09-02T20  | HOUR
            sv | Polisen larmades kl. 14.30 till platsen.            | 14.30      | 2016-09-02T14:30 | MINUTE
            da | Mødet begynder klokken 15.00 på rådhuset.            | 15.00      | 2016-09-02T15:00 | MINUTE
            pl | Spotkanie o godz. 12 w ratuszu.                      | 12         | 2016-09-02T12    | HOUR
            cs | Koncert začíná v 19.30.                              | 19.30      | 2016-09-02T19:30 | MINUTE
            cs | Průvod vyrazí v 18 hodin z náměstí.                  | 18 hodin   | 2016-09-02T18    | HOUR
            """)
    void shouldReadAClockToldByItsUnitOnTheReferenceDay(String language, String text, String expected, String value,
                                                       Granularity granularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expected, value, granularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le village est à 2 h de Lyon en voiture.
            fr | Après 12 heures de débat, le texte est adopté.
            fr | Il a marché 3 heures sous la pluie.
            es | La reunión duró 4 horas.
            es | Los vecinos llegaron a las 10 casas del barrio.
            it | Gli operai sono arrivati alle 10 case.
            it | Il titolo è salito alle 12.50 euro per azione.
            it | Gli iscritti sono passati dalle 1.500 alle 2.000 unità.
            de | Die Verhandlungen dauerten 12 Stunden.
            de | Bis 15 Uhr 20 Teilnehmer kamen in den Saal.
            fr | Le concert du 14 à 21h est complet.
            de | Der Chor probt nachmittags um 1 Uhr 30 im Saal.
            de | Er lief 3 Uhr 20 Minuten lang.
            sv | Aktien stängde på 14.30 kronor.
            da | Aktien lukkede kl. 14.30 kroner lavere.
            pl | Cena wyniosła 20.30 zł.
            cs | Úroky se držely v 2.10 procentech.
            cs | Akcie stála v 18.00 korun.
            """)
    void shouldReadNoClockInADurationOrACount(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
