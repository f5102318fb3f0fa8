package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartPeriodsTest {

    /** Wednesday 10 June 2020. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2020, 6, 10, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La médiathèque rouvrira à la fin de l'année.          | fin de l'année@29=2020 YEAR END
            fr | Les loyers sont payés en début de mois.                | début de mois@25=2020-06 MONTH START
            fr | Le conseil votera le budget en fin d'année.             | fin d'année@31=2020 YEAR END
            fr | La crèche ouvrira au milieu de l'année 2022.            | milieu de l'année 2022@21=2022 YEAR MID
            de | Der neue Bahnsteig soll Ende des Jahres fertig sein.    | Ende des Jahres@24=2020 YEAR END
            de | Die Rente wird Anfang des Monats überwiesen.            | Anfang des Monats@15=2020-06 MONTH START
            es | La vacuna llegará a finales de año a las farmacias.     | finales de año@20=2020 YEAR END
            ru | Новую ветку метро откроют в конце года.                | конце года@28=2020 YEAR END
            ru | Зарплату выдают в начале месяца.                       | начале месяца@18=2020-06 MONTH START
            it | Il raccolto sarà venduto alla fine dell'anno.           | fine dell'anno@30=2020 YEAR END
            pt | A ponte será reaberta no final do ano.                  | final do ano@25=2020 YEAR END
            fr | Le cloître fut restauré en 1868. À la fin de l'année, les moines revinrent. | 1868@27=1868 YEAR, fin de l'année@38=1868 YEAR END
            ru | Храм освятили в 1912 году. В конце года его закрыли.   | 1912@16=1912 YEAR, конце года@29=1912 YEAR END
            fr | Le musée, fondé en 1998, fermera à la fin de l'année.   | 1998@19=1998 YEAR, fin de l'année@38=2020 YEAR END
            """)
    void shouldDateTheYearOrMonthAPartWordTakes(String language, String text, String expected) {
        assertThat(mentions(extractor.extract(text, language, REFERENCE))).containsExactly(expected.split(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | L'année fut dure pour les vignerons.
            fr | Les élèves partent à la fin de l'année scolaire.
            fr | Le mois a été pluvieux.
            de | Das Jahr des Drachen beginnt.
            es | El año fue duro para el campo.
            it | Alla fine del mese di digiuno la festa comincia.
            fr | À la fin de l'année de deuil, il se remaria.
            """)
    void shouldReadNoDateInTheNounAloneOrAnotherYear(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }

    private static List<String> mentions(List<DateMention> found) {
        return found.stream().map(mention -> mention.text() + "@" + mention.start() + "=" + mention.value() + " "
                + mention.granularity() + (mention.modifier() == null ? "" : " " + mention.modifier())).toList();
    }
}
