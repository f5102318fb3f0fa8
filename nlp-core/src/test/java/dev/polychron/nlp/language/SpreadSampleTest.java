package dev.polychron.nlp.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadSampleTest {

    private static final String DIGITS = "0123456789";

    @Test
    void shouldKeepWholeTextWhenItFitsTheWindows() {
        assertThat(SpreadSample.of(DIGITS, 2, 5)).isSameAs(DIGITS);
    }

    @Test
    void shouldTakeWindowsFromBeginningMiddleAndEndWhenTextIsLonger() {
        assertThat(SpreadSample.of("abcdefghijklmnopqrstu", 3, 3)).isEqualTo("abc jkl stu ");
    }

    @Test
    void shouldNotSplitSurrogatePairsWhenWindowEdgesFallInsideThem() {
        String text = "ab\uD83D\uDE00defg\uD83D\uDE00hi";

        assertThat(SpreadSample.of(text, 2, 3)).isEqualTo("ab hi ").doesNotContain("\uD83D", "\uDE00");
    }
}
