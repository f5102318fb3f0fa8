package dev.polychron.support.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r ", "\u00a0\u3000\u2028\u2029", "\u200b\u200d\ufeff\u200e\u200f\u00ad",
            "\u0001\u001b\u007f"})
    void shouldRejectAsEmptyWhenTextHasNothingReadable(String text) {
        assertThatThrownBy(() -> TextChecks.requireText("text", text))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status().getStatusCode()).isEqualTo(400))
                .hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " 1 ", "\u200b😀", "e\u0301", "مرحبا", "שלום", "\u0301"})
    void shouldAcceptWhenTextHasSomethingReadable(String text) {
        assertThat(TextChecks.requireText("text", text)).isSameAs(text);
    }

    @Test
    void shouldRejectWhenTextHasNul() {
        assertThatThrownBy(() -> TextChecks.requireText("text", "a\0b")).hasMessageContaining("NUL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00", "\ud83d", "\ude00\ud83d"})
    void shouldRejectWhenTextHasLoneSurrogate(String text) {
        assertThatThrownBy(() -> TextChecks.requireText("text", text)).hasMessageContaining("lone surrogate");
    }

    @Test
    void shouldFindNoLoneSurrogateWhenPairsAreComplete() {
        assertThat(TextChecks.unpairedSurrogate("😀👍🏽 x")).isEqualTo(-1);
        assertThat(TextChecks.unpairedSurrogate("ok \ud83d\ude00\ud83d")).isEqualTo(5);
    }
}
