package dev.polychron.gateway.service;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private static final int PER_SECOND = 10;
    private static final int BURST = 20;
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong(123_456_789L);

    @Test
    void shouldLetBurstThroughThenAskToRetryWhenBucketIsEmpty() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 100, clock::get);

        for (int i = 0; i < BURST; i++) {
            assertThat(limiter.acquire("a")).as("request %d", i).isZero();
        }

        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void shouldRefillAtSustainedRateWhenTimePasses() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 100, clock::get);
        drain(limiter, "a");

        clock.addAndGet(SECOND / PER_SECOND);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void shouldNeverThrottleClientWhenItStaysAtSustainedRate() {
        RateLimiter limiter = new RateLimiter(1000, 2000, 100, clock::get);

        for (int i = 0; i < 100_000; i++) {
            assertThat(limiter.acquire("sequential")).isZero();
            clock.addAndGet(MILLI);
        }
    }

    @Test
    void shouldCountEachClientApartWhenOneIsThrottled() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 100, clock::get);
        drain(limiter, "key:0");

        assertThat(limiter.acquire("key:0")).isPositive();
        assertThat(limiter.acquire("key:1")).isZero();
        assertThat(limiter.acquire("address:192.0.2.1")).isZero();
    }

    @Test
    void shouldAskForWholeSecondsUntilTokenWhenRateIsSlow() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, clock::get);
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isEqualTo(1);
        clock.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("a")).isEqualTo(1);
        clock.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void shouldForgetIdleClientsWhenTableIsFull() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 1000, clock::get);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("address:" + i);
        }
        assertThat(limiter.trackedClients()).isEqualTo(1000);

        clock.addAndGet(10 * SECOND);
        limiter.acquire("newcomer");

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void shouldShareOneBucketAmongNewClientsWhenTableIsFullOfBusyOnes() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 10, clock::get);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("busy:" + i);
        }

        for (int i = 0; i < BURST; i++) {
            assertThat(limiter.acquire("new:" + i)).isZero();
        }

        assertThat(limiter.acquire("new:last")).isPositive();
        assertThat(limiter.trackedClients()).isEqualTo(10);
        assertThat(limiter.acquire("busy:0")).isZero();
    }

    @Test
    void shouldKeepMemoryBoundedWhenMillionClientsPassBy() {
        RateLimiter limiter = new RateLimiter(PER_SECOND, BURST, 5000, clock::get);

        for (int i = 0; i < 1_000_000; i++) {
            limiter.acquire("address:" + i);
            clock.addAndGet(MILLI / 10);
        }

        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(5000);
    }

    private static void drain(RateLimiter limiter, String client) {
        while (limiter.acquire(client) == 0) {
            // take every token
        }
    }
}
