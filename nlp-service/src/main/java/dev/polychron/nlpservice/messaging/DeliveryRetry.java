package dev.polychron.nlpservice.messaging;

import dev.polychron.nlpservice.config.DeliveryConfig;
import dev.polychron.support.messaging.Backoff;
import dev.polychron.support.messaging.GaveUpException;
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

    private static final String SERVICE = "nlp-service";

    private final int maxAttempts;
    private final Backoff backoff;

    @Inject
    public DeliveryRetry(DeliveryConfig config) {
        this(config.maxAttempts(), new Backoff(config.firstBackoff(), config.maxBackoff(), Backoff.SLEEP));
    }

    DeliveryRetry(int maxAttempts, Backoff backoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
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
            int attempts = attempt;
            if (attempts >= maxAttempts) {
                throw new GaveUpException(SERVICE, what, attempts, failure);
            }
            Log.warnf("%s: attempt %d of %d failed (%s)", what, attempts, maxAttempts,
                    GaveUpException.rootMessage(failure));
            backoff.pause(backoff.after(attempts - 1), () -> new GaveUpException(SERVICE, what, attempts, failure));
        }
    }

    /** Sends until the broker acknowledges, pausing longer after each refusal. */
    public void untilAcknowledged(String what, Supplier<? extends CompletionStage<?>> send) {
        for (int refusals = 0; ; refusals++) {
            int attempts = refusals + 1;
            try {
                send.get().toCompletableFuture().get();
                return;
            } catch (ExecutionException e) {
                Duration wait = backoff.after(refusals);
                Log.warnf("%s: the broker did not acknowledge (%s); sending again in %d ms", what,
                        GaveUpException.rootMessage(e), wait.toMillis());
                backoff.pause(wait, () -> new GaveUpException(SERVICE, what, attempts, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GaveUpException(SERVICE, what, attempts, e);
            }
        }
    }
}
