package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedMemoTest {

    private static final int CAPACITY = 2;

    private final List<String> computed = new ArrayList<>();
    private final BoundedMemo<String, Integer> memo = new BoundedMemo<>(this::length, CAPACITY);

    @Test
    void shouldComputeOnceWhenKeyIsAskedAgain() {
        assertThat(memo.apply("three")).isEqualTo(5);
        assertThat(memo.apply("three")).isEqualTo(5);
        assertThat(computed).containsExactly("three");
    }

    @Test
    void shouldComputeAfreshWithoutGrowingWhenCapacityIsReached() {
        memo.apply("one");
        memo.apply("two");

        assertThat(memo.apply("eleven")).isEqualTo(6);
        assertThat(memo.apply("eleven")).isEqualTo(6);
        assertThat(memo.size()).isEqualTo(CAPACITY);
        assertThat(computed).containsExactly("one", "two", "eleven", "eleven");
    }

    private int length(String key) {
        computed.add(key);
        return key.length();
    }
}
