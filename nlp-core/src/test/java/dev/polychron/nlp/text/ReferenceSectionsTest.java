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
    void shouldMarkNothingWhenTextIsAllBody() {
        assertThat(references.find("NATO was founded in 1949.\nRussia joined in 1994.")).isEmpty();
    }
}
