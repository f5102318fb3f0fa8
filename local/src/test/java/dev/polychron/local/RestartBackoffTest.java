package dev.polychron.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RestartBackoffTest {

    private static final Duration SHORT_RUN = Duration.ofSeconds(2);
    private static final Duration STABLE_RUN = Duration.ofSeconds(61);

    private final RestartBackoff backoff = new RestartBackoff();

    @Test
    void shouldDoubleTheDelayWhenTheProcessKeepsCrashing() {
        assertThat(IntStream.range(0, 5).mapToObj(crash -> backoff.nextDelay(SHORT_RUN).toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L);
    }

    @Test
    void shouldCapTheDelayAtThirtySeconds() {
        IntStream.range(0, 40).forEach(crash -> backoff.nextDelay(SHORT_RUN));

        assertThat(backoff.nextDelay(SHORT_RUN)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldStartOverWhenTheProcessRanStablyForAMinute() {
        IntStream.range(0, 4).forEach(crash -> backoff.nextDelay(SHORT_RUN));

        assertThat(backoff.nextDelay(STABLE_RUN)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.nextDelay(SHORT_RUN)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldStartOverWhenReset() {
        IntStream.range(0, 4).forEach(crash -> backoff.nextDelay(SHORT_RUN));

        backoff.reset();

        assertThat(backoff.nextDelay(SHORT_RUN)).isEqualTo(Duration.ofSeconds(1));
    }
}
