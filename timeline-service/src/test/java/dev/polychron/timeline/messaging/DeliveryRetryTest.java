package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.Backoff;
import dev.polychron.support.messaging.GaveUpException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRetryTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(300);

    private final List<Duration> pauses = new ArrayList<>();
    private final DeliveryRetry retry = new DeliveryRetry(MAX_ATTEMPTS, new Backoff(FIRST, MAX, pauses::add),
            DatabaseOutage::isOutage);

    @Test
    void shouldApplyOnceWhenEffectSucceeds() {
        AtomicInteger runs = new AtomicInteger();

        retry.apply("message", runs::incrementAndGet);

        assertThat(runs).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void shouldApplyAgainWhenEffectFailsBeforeLastAttempt() {
        AtomicInteger runs = new AtomicInteger();

        retry.apply("message", () -> {
            if (runs.incrementAndGet() < MAX_ATTEMPTS) {
                throw new IllegalStateException("deadlock detected");
            }
        });

        assertThat(runs).hasValue(MAX_ATTEMPTS);
        assertThat(pauses).containsExactly(FIRST, FIRST.multipliedBy(2));
    }

    @Test
    void shouldGiveUpWithRootCauseWhenEffectKeepsFailing() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> retry.apply("nlp.dates e-1", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("could not execute statement",
                    new SQLException("ERROR: value too long for type character varying(64)", "22001"));
        }))
                .isInstanceOf(GaveUpException.class)
                .hasMessage("timeline-service gave up on nlp.dates e-1 after 3 attempts: "
                        + "ERROR: value too long for type character varying(64)");
        assertThat(runs).hasValue(MAX_ATTEMPTS);
    }

    @Test
    void shouldRetryBeyondMaxAttemptsWithCappedPausesWhenDatabaseIsUnreachable() {
        AtomicInteger runs = new AtomicInteger();

        retry.apply("message", () -> {
            if (runs.incrementAndGet() <= 6) {
                throw new IllegalStateException("could not open connection",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
        });

        assertThat(runs).hasValue(7);
        assertThat(pauses).hasSize(6).endsWith(MAX, MAX, MAX);
    }

    @Test
    void shouldGiveUpWhenInterruptedWhileWaiting() {
        DeliveryRetry interrupted = new DeliveryRetry(MAX_ATTEMPTS, new Backoff(FIRST, MAX, duration -> {
            throw new InterruptedException();
        }), failure -> true);

        assertThatThrownBy(() -> interrupted.apply("message", () -> {
            throw new IllegalStateException("connection lost");
        })).isInstanceOf(GaveUpException.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
