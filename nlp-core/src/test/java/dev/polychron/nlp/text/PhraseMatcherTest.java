package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseMatcherTest {

    private static final PhraseMatcher<String> MATCHER = new PhraseMatcher<>(Map.of(
            "he", "he", "she", "she", "hers", "hers", "χθες", "yesterday", "hôm qua", "yesterday"));

    @Test
    void shouldFindOverlappingPhrasesInOrderOfTheirEnd() {
        assertThat(MATCHER.find("ushers")).containsExactly(
                new PhraseMatcher.Hit<>(1, 4, "she"), new PhraseMatcher.Hit<>(2, 4, "he"),
                new PhraseMatcher.Hit<>(2, 6, "hers"));
    }

    @Test
    void shouldFindPhraseWhenAnotherOneFailsJustBeforeIt() {
        assertThat(MATCHER.find("shhe")).containsExactly(new PhraseMatcher.Hit<>(2, 4, "he"));
    }

    @Test
    void shouldFindPhrasesOutsideLatin1WhenTheyOccur() {
        assertThat(MATCHER.find("από χθες, hôm qua")).containsExactly(
                new PhraseMatcher.Hit<>(4, 8, "yesterday"), new PhraseMatcher.Hit<>(10, 17, "yesterday"));
    }

    @Test
    void shouldStartAgainWhenACharOfNoPhraseInterruptsOne() {
        assertThat(MATCHER.find("sh\u20achχθ€ες he")).containsExactly(new PhraseMatcher.Hit<>(10, 12, "he"));
    }

    @Test
    void shouldFindPhraseWhosePrefixFailedOnACharBeyondAscii() {
        assertThat(MATCHER.find("hôχθες")).containsExactly(new PhraseMatcher.Hit<>(2, 6, "yesterday"));
    }

    @Test
    void shouldFindNothingWhenNoPhraseOccurs() {
        assertThat(MATCHER.find("nothing to see")).isEmpty();
    }
}
