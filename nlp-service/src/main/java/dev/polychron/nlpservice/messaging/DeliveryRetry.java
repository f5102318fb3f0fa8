package dev.polychron.nlpservice.messaging;

import dev.polychron.nlpservice.config.DeliveryConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Retries for the document consumer. The analysis is tried a bounded number of times: when it keeps failing the
 * document is poison, {@link GaveUpException} reaches SmallRye and the record is dead-lettered. Sending the results
 * is retried without limit: a broker that does not acknowledge is an outage, not a bad document, and the results'
 * ids derive from the document's, so a re-sent result is one the consumers have already seen or will see once.
 */
@ApplicationScoped
public class DeliveryRetry {

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Pause pause;

    @Inject
    public DeliveryRetry(DeliveryConfig config) {
        this(config.maxAttempts(), config.firstBackoff(), config.maxBackoff(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    DeliveryRetry(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Pause pause) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.pause = pause;
    }

    /**
     * The value of {@code action}, tried up to {@code maxAttempts} times.
     *
     * @throws GaveUpException when every attempt failed
     */
    public <T> T attempts(String what, Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                return action.get();
            } catch (RuntimeException e) {
                failure = e;
            } catch (StackOverflowError e) {
                failure = new IllegalStateException("stack overflow", e);
            }
            if (attempt >= maxAttempts) {
                throw new GaveUpException(what, attempt, failure);
            }
            Log.warnf("%s: attempt %d of %d failed (%s)", what, attempt, maxAttempts,
                    GaveUpException.rootMessage(failure));
            pauseOrGiveUp(backoff(attempt - 1), what, attempt, failure);
        }
    }

    /** Sends until the broker acknowledges, pausing longer after each refusal, up to {@code maxBackoff}. */
    public void untilAcknowledged(String what, Supplier<? extends CompletionStage<?>> send) {
        for (int refusals = 0; ; refusals++) {
            try {
                send.get().toCompletableFuture().get();
                return;
            } catch (ExecutionException e) {
                Duration wait = backoff(refusals);
                Log.warnf("%s: the broker did not acknowledge (%s); sending again in %d ms", what,
                        GaveUpException.rootMessage(e), wait.toMillis());
                pauseOrGiveUp(wait, what, refusals + 1, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GaveUpException(what, refusals + 1, e);
            }
        }
    }

    private void pauseOrGiveUp(Duration wait, String what, int attempts, Throwable failure) {
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GaveUpException(what, attempts, failure);
        }
    }

    private Duration backoff(int earlierPauses) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(earlierPauses, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
