package dev.polychron.gateway.service;

import dev.polychron.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens, refills at {@code requestsPerSecond}, and every
 * request takes one. Memory stays bounded: a bucket that has refilled completely is the same as a new one, so idle
 * buckets are dropped, and when {@code maxClients} buckets are all busy, clients seen for the first time share one.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long FULL_SWEEP_AT_MOST_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Bucket overflow;
    private final double tokensPerNano;
    private final double capacity;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final AtomicLong nextSweep;
    private final AtomicLong nextFullSweep;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit().requestsPerSecond(), config.rateLimit().burst(), config.rateLimit().maxClients(),
                System::nanoTime);
    }

    RateLimiter(double requestsPerSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (!(requestsPerSecond > 0) || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate limit settings must be positive");
        }
        this.tokensPerNano = requestsPerSecond / 1e9;
        this.capacity = burst;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
        long now = nanoClock.getAsLong();
        this.overflow = new Bucket(capacity, now);
        this.nextSweep = new AtomicLong(now + SWEEP_EVERY_NANOS);
        this.nextFullSweep = new AtomicLong(now);
    }

    /**
     * Takes a token for {@code client}.
     *
     * @return 0 when the request may go ahead, else how many whole seconds (at least 1) until it may
     */
    public long acquire(String client) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        if (!buckets.containsKey(client) && buckets.size() >= maxClients && !sweepWhenFull(now)) {
            synchronized (overflow) {
                return toRetrySeconds(overflow.take(now, capacity, tokensPerNano));
            }
        }
        long[] wait = new long[1];
        buckets.compute(client, (key, bucket) -> {
            Bucket current = bucket == null ? new Bucket(capacity, now) : bucket;
            wait[0] = current.take(now, capacity, tokensPerNano);
            return current;
        });
        return toRetrySeconds(wait[0]);
    }

    /** How many clients have a bucket now. */
    public int trackedClients() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_EVERY_NANOS)) {
            sweep(now);
        }
    }

    /** Frees room when the table is full, at most once a second so a flood of new clients cannot spin on it. */
    private boolean sweepWhenFull(long now) {
        long due = nextFullSweep.get();
        if (now - due >= 0 && nextFullSweep.compareAndSet(due, now + FULL_SWEEP_AT_MOST_EVERY_NANOS)) {
            sweep(now);
        }
        return buckets.size() < maxClients;
    }

    private void sweep(long now) {
        for (String client : buckets.keySet()) {
            buckets.computeIfPresent(client, (key, bucket) -> bucket.full(now, capacity, tokensPerNano) ? null : bucket);
        }
    }

    private static long toRetrySeconds(long waitNanos) {
        return waitNanos <= 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** One client's tokens; callers hold the map's lock for its key (or the overflow bucket's monitor). */
    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        /** Takes a token and returns 0, or returns the nanoseconds until one will be there. */
        long take(long now, double capacity, double perNano) {
            refill(now, capacity, perNano);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        boolean full(long now, double capacity, double perNano) {
            refill(now, capacity, perNano);
            return tokens >= capacity;
        }

        private void refill(long now, double capacity, double perNano) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * perNano);
                updated = now;
            }
        }
    }
}
