package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.dates.DatePreference;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class GuardedAnalyzerTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2014, 4, 1, 0, 0);
    private static final DateMention YEAR = PeerValuesTest.mention("2014", 0, "2014", Granularity.YEAR);

    @Test
    void shouldReturnTheDatesWhenTheAnalyserAnswers() {
        try (GuardedAnalyzer guard = new GuardedAnalyzer(() -> (text, tag, ref, preference) -> List.of(YEAR),
                TIMEOUT)) {
            Outcome outcome = guard.dates("2014", "en", REFERENCE, DatePreference.NEAREST);

            assertThat(outcome.failed()).isFalse();
            assertThat(outcome.dates()).containsExactly(YEAR);
        }
    }

    @Test
    void shouldGiveTheExceptionClassWhenTheAnalyserThrows() {
        try (GuardedAnalyzer guard = new GuardedAnalyzer(() -> (text, tag, ref, preference) -> {
            throw new IllegalStateException("boom");
        }, TIMEOUT)) {
            Outcome outcome = guard.dates("2014", "en", REFERENCE, DatePreference.NEAREST);

            assertThat(outcome.error()).isEqualTo(IllegalStateException.class.getName());
            assertThat(outcome.dates()).isEmpty();
        }
    }

    @Test
    void shouldGoOnWithAFreshAnalyserWhenACallHangs() {
        AtomicInteger built = new AtomicInteger();
        try (GuardedAnalyzer guard = new GuardedAnalyzer(() -> built.incrementAndGet() == 1
                ? (text, tag, ref, preference) -> {
                    while (true) {
                        LockSupport.park();
                    }
                }
                : (text, tag, ref, preference) -> List.of(YEAR), TIMEOUT)) {
            Outcome hung = guard.dates("2014", "en", REFERENCE, DatePreference.NEAREST);
            Outcome next = guard.dates("2014", "en", REFERENCE, DatePreference.NEAREST);

            assertThat(hung.error()).endsWith("TimeoutException");
            assertThat(next.dates()).containsExactly(YEAR);
        }
    }
}
