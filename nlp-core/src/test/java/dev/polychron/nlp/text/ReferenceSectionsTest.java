package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

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

    @Test
    void shouldMarkNothingWhenTextIsAllBody() {
        assertThat(references.find("NATO was founded in 1949.\nRussia joined in 1994.")).isEmpty();
    }
}
