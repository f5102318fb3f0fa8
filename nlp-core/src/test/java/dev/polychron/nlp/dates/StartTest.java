package dev.polychron.nlp.dates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartTest {

    private static final String TEXT = "on 3 march, the marchers met in mai";

    @Test
    void shouldAdmitOnlyDigitsWhenStartIsDigit() {
        assertThat(admitted(Start.DIGIT)).containsExactly(3);
    }

    @Test
    void shouldAdmitEveryCandidateWhenStartIsAnyWord() {
        assertThat(admitted(Start.WORD)).containsExactly(0, 3, 5, 12, 16, 25, 29, 32);
    }

    @Test
    void shouldAdmitWordsThatBeginWithOneOfItsWords() {
        Start months = Start.words(List.of("march", "mai"), List.of("the"));
        assertThat(admitted(months)).containsExactly(5, 12, 16, 32);
    }

    @Test
    void shouldAdmitWhenTheShortestOfWordsSharingAPrefixBeginsThere() {
        Start start = Start.words(List.of("sept", "september", "sep", "se"));
        assertThat(start.admits("x se", 2)).isTrue();
        assertThat(start.admits("x s", 2)).isFalse();
        assertThat(start.admits("x sxptember", 2)).isFalse();
        assertThat(start.admits("x septembre", 2)).isTrue();
        assertThat(Start.words(List.of("september")).admits("x septembe", 2)).isFalse();
    }

    @Test
    void shouldRefuseByTheFirstCharOnlyCharsNoneOfItsWordsBeginWith() {
        Start start = Start.words(List.of("march", "the"));
        assertThat(start.mayBeginWith('m')).isTrue();
        assertThat(start.mayBeginWith('x')).isFalse();
        assertThat(start.mayBeginWith('1')).isFalse();
        assertThat(start.orDigit().mayBeginWith('1')).isTrue();
        assertThat(Start.WORD.mayBeginWith('x')).isTrue();
    }

    @Test
    void shouldEqualAStartOfTheSameWordsAndWhatElseItAdmits() {
        Start months = Start.words(List.of("mai", "march"));
        assertThat(Start.words(List.of("march"), List.of("mai", "march"))).isEqualTo(months)
                .hasSameHashCodeAs(months);
        assertThat(months.orDigit()).isNotEqualTo(months);
        assertThat(Start.words(List.of("mai"))).isNotEqualTo(months);
    }

    @Test
    void shouldAdmitDigitsTooWhenAskedTo() {
        assertThat(admitted(Start.words(List.of("march")).orDigit())).containsExactly(3, 5, 16);
    }

    @Test
    void shouldAdmitOnlyNumbersOfTheLengthsAskedFor() {
        String text = "3 march 2014, 12 and 123";
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).admits(text, 0)).isTrue();
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).admits(text, 8)).isFalse();
        assertThat(Start.words(List.of("march")).orNumbers(Start.FOUR_DIGITS).admits(text, 8)).isTrue();
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).admits(text, 14)).isTrue();
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).admits(text, 15)).as("inside a number").isFalse();
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).admits(text, 21)).isFalse();
        assertThat(Start.DAY.numbersOnly()).isTrue();
        assertThat(Start.words(List.of("march")).orNumbers(Start.DAY).numbersOnly()).isFalse();
    }

    /** The word starts and digits of the text that {@code start} admits. */
    private static List<Integer> admitted(Start start) {
        return List.of(0, 3, 5, 12, 16, 25, 29, 32).stream().filter(at -> start.admits(TEXT, at)).toList();
    }
}
