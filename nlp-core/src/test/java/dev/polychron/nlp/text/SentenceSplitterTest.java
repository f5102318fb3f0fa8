package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void shouldSplitAtSentenceEndsAndLineBreaksWhenTrimming() {
        String text = "  First one. Second one!\nA heading\nThird one?  ";

        assertThat(splitter.split(text, "en")).extracting(s -> s.of(text))
                .containsExactly("First one.", "Second one!", "A heading", "Third one?");
    }
}
