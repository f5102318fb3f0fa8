package dev.polychron.bench.load;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies in whole milliseconds, counted into one bucket per millisecond up to a ceiling; thread-safe. */
final class LatencyHistogram {

    private static final int CEILING_MILLIS = 3_600_000;

    private final AtomicLongArray counts = new AtomicLongArray(CEILING_MILLIS + 1);

    void record(long millis) {
        counts.incrementAndGet((int) Math.max(0, Math.min(CEILING_MILLIS, millis)));
    }

    long count() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The smallest latency that at least {@code percent} of the recorded ones do not exceed; -1 when empty. */
    long percentile(double percent) {
        long total = count();
        if (total == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(percent / 100 * total);
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= Math.max(1, rank)) {
                return i;
            }
        }
        return CEILING_MILLIS;
    }

    /** {@code p50 … ms, p95 … ms, p99 … ms, max … ms}. */
    String summary() {
        return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", percentile(50),
                percentile(95), percentile(99), percentile(100));
    }
}
