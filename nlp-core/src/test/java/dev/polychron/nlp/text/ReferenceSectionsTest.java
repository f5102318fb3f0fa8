package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceSectionsTest {

    private final ReferenceSections references = new ReferenceSections();

    @Test
    void shouldMarkEverythingAfterHeadingWhenReferenceSectionStarts() {
        String text = "Body in 2014.\nTham khảo\n^ Truy cập ngày 3 tháng 5 năm 2020.\n";

        assertThat(references.find(text)).containsExactly(new Span(text.indexOf("Tham"), text.length()));
    }

    @Test
    void shouldMarkShareButtonsWhenAtTopOfPage() {
        String text = "Share to: share facebook share twitter\nBody text in 1991.";

        assertThat(references.find(text)).containsExactly(new Span(0, text.indexOf("Body")));
    }

    @Test
    void shouldMarkBibliographyEntriesWhenSectionHasNoHeading() {
        String text = "Το 1994 η Ρωσία προσχώρησε.\n"
                + "Smith, John. \"NATO and Russia.\" Politics 34.2 (2014): 149-160.\n"
                + "Talbott, Strobe. The Russia Hand (2002) online\n";

        assertThat(references.find(text)).containsExactly(
                new Span(text.indexOf("Smith"), text.indexOf("Talbott")),
                new Span(text.indexOf("Talbott"), text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zuletzt abgerufen am 5. Mai 2020.", "Site du ministère, consulté le 3 mars 2021.",
            "Informe anual. Consultado el 2 de junio de 2019.", "Relatório. Consultado em 4 de maio de 2018.",
            "Comunicato, URL consultato il 7 aprile 2017.", "Jaarverslag, geraadpleegd op 9 mei 2016.",
            "Доклад. Дата обращения: 5 мая 2020.", "Rapor. Erişim tarihi: 5 Mayıs 2020."})
    void shouldMarkAccessNotesInTheLanguagesOfCitationTemplates(String note) {
        String text = "Body in 2014.\n" + note + "\n";

        assertThat(references.find(text)).containsExactly(new Span(text.indexOf(note), text.length()));
    }

    @Test
    void shouldKeepABodyLineWhereAnAccessWordIsAnEverydayWord() {
        assertThat(references.find("Die Mittel wurden 2019 abgerufen.\nDie Frist lief am 5. Mai 2020 ab.")).isEmpty();
        assertThat(references.find("El informe, consultado el lunes por EFE, indica una caída del 3 %.")).isEmpty();
        assertThat(references.find("Selon un document consulté le 3 mars par l'AFP, le ministère a reçu de nombreuses "
                + "plaintes de riverains au sujet du chantier, qui a pris du retard depuis l'hiver dernier.")).isEmpty();
    }

    @Test
    void shouldMarkEverythingFromASeeAlsoHeading() {
        String text = "The dam was finished in 1931.\nSee also\nList of dams built in 1930s\n";

        assertThat(references.find(text)).containsExactly(new Span(text.indexOf("See"), text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright 2017 The Herald Wire. All rights reserved.", "© 2016 Example Media Ltd",
            "(c) 2018 Example Press. All rights reserved.",
            "This page was last edited on 3 June 2019, at 08:15 (UTC).", "Last modified on 12 May 2020"})
    void shouldMarkACopyrightNoticeOrAPageFooter(String footer) {
        String text = "The bridge opened in 1932.\n" + footer;

        assertThat(references.find(text)).containsExactly(new Span(text.indexOf(footer), text.length()));
    }

    @Test
    void shouldKeepABodyLineAboutCopyright() {
        assertThat(references.find("Copyright law was reformed in 1998.\nThe last edited volume came in 2001."))
                .isEmpty();
        assertThat(references.find("The plan had three parts:\n(a) 2014 roads\n(b) 2015 schools\n(c) 2016 budget"))
                .isEmpty();
    }

    @Test
    void shouldMarkNothingWhenTextIsAllBody() {
        assertThat(references.find("NATO was founded in 1949.\nRussia joined in 1994.")).isEmpty();
    }
}
