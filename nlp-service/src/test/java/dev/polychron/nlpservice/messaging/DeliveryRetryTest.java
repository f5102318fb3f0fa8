package dev.polychron.nlpservice.messaging;

import dev.polychron.support.messaging.Backoff;
import dev.polychron.support.messaging.GaveUpException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRetryTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(400);

    private final List<Duration> pauses = new ArrayList<>();
    private final DeliveryRetry retry = new DeliveryRetry(MAX_ATTEMPTS, new Backoff(FIRST, MAX, pauses::add));

    @Test
    void shouldAnswerValueWhenAnAttemptBeforeTheLastSucceeds() {
        AtomicInteger runs = new AtomicInteger();

        String value = retry.attempts("document d", () -> {
            if (runs.incrementAndGet() < MAX_ATTEMPTS) {
                throw new IllegalStateException("flaky");
            }
            return "analysed";
        });

        assertThat(value).isEqualTo("analysed");
        assertThat(pauses).containsExactly(FIRST, FIRST.multipliedBy(2));
    }

    @Test
    void shouldGiveUpWithRootCauseWhenEveryAttemptFails() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> retry.attempts("document d (e-1)", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("wrapper", new IllegalArgumentException("no text"));
        }))
                .isInstanceOf(GaveUpException.class)
                .hasMessage("nlp-service gave up on document d (e-1) after 3 attempts: no text");
        assertThat(runs).hasValue(MAX_ATTEMPTS);
    }

    @Test
    void shouldGiveUpWhenAnalysisOverflowsTheStack() {
        assertThatThrownBy(() -> retry.attempts("document d", () -> {
            throw new StackOverflowError();
        })).isInstanceOf(GaveUpException.class).hasMessageContaining("after 3 attempts");
    }

    @Test
    void shouldSendAgainBeyondMaxAttemptsWhenBrokerDoesNotAcknowledge() {
        AtomicInteger sends = new AtomicInteger();

        retry.untilAcknowledged("document d", () -> sends.incrementAndGet() <= 5
                ? CompletableFuture.failedFuture(new IllegalStateException("timeout"))
                : CompletableFuture.completedFuture(null));

        assertThat(sends).hasValue(6);
        assertThat(pauses).containsExactly(FIRST, FIRST.multipliedBy(2), MAX, MAX, MAX);
    }
}
