package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.Backoff;
import dev.polychron.support.messaging.GaveUpException;
import dev.polychron.timeline.config.DeliveryConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Applies a message's effect, and applies it again when it fails. While the database is unreachable the message is
 * fine and the infrastructure is not, so that is retried without limit (the partition waits, as it must); any other
 * failure is retried until {@link DeliveryConfig#maxAttempts()} attempts have failed, and then {@link GaveUpException}
 * reaches SmallRye, which nacks the message and dead-letters it. The effect must be one whole transaction, so that a
 * failed attempt leaves nothing behind.
 */
@ApplicationScoped
public class DeliveryRetry {

    static final String SERVICE = "timeline-service";

    private final int maxAttempts;
    private final Backoff backoff;
    private final Predicate<Throwable> outage;

    @Inject
    public DeliveryRetry(DeliveryConfig config) {
        this(config.maxAttempts(), new Backoff(config.firstBackoff(), config.maxBackoff(), Backoff.SLEEP),
                DatabaseOutage::isOutage);
    }

    DeliveryRetry(int maxAttempts, Backoff backoff, Predicate<Throwable> outage) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.outage = outage;
    }

    /**
     * Runs {@code effect} until it succeeds.
     *
     * @param what the message, for logs and for the reason the dead-letter record carries
     * @throws GaveUpException when {@code effect} failed {@code maxAttempts} times for another reason than an outage
     */
    public void apply(String what, Runnable effect) {
        int failures = 0;
        int pauses = 0;
        while (true) {
            RuntimeException failure;
            try {
                effect.run();
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
            boolean isOutage = outage.test(failure);
            if (!isOutage && ++failures >= maxAttempts) {
                throw new GaveUpException(SERVICE, what, failures, failure);
            }
            Duration wait = backoff.after(pauses++);
            if (isOutage) {
                Log.warnf("%s: the database is unreachable (%s); trying again in %d ms", what,
                        GaveUpException.rootMessage(failure), wait.toMillis());
            } else {
                Log.warnf("%s: attempt %d of %d failed (%s); trying again in %d ms", what, failures, maxAttempts,
                        GaveUpException.rootMessage(failure), wait.toMillis());
            }
            int attempts = failures;
            backoff.pause(wait, () -> new GaveUpException(SERVICE, what, attempts, failure));
        }
    }
}
