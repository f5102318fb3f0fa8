package dev.polychron.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One load phase: how fast documents were accepted, how fast they were indexed, the 202-to-INDEXED latency, and the
 * CPU time each process used in it (which a busy machine stretches far less than the wall-clock figures).
 */
record Report(String name, int documents, Uploader.Result uploads, IndexWatcher.Result indexed, Instant start,
              Map<String, Double> cpuSeconds) {

    /** Indexed documents per second from the first upload to the last document seen indexed. */
    double sustainedPerSecond() {
        if (indexed == null || indexed.lastIndexed() == null) {
            return 0;
        }
        return indexed.indexed() / (Duration.between(start, indexed.lastIndexed()).toMillis() / 1e3);
    }

    void print() {
        if (uploads == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "%s: %d documents accepted in %.1f s (%.1f/s, %d retries); indexed %d,"
                        + " failed %d, missing %d; sustained %.1f documents/s; 202 to INDEXED %s%n", name,
                uploads.accepted(), uploads.seconds(), uploads.perSecond(), uploads.retries(), indexed.indexed(),
                indexed.failed(), indexed.missing(), sustainedPerSecond(), indexed.latency().summary());
        if (indexed.indexed() > 0) {
            StringBuilder perDocument = new StringBuilder("  CPU per indexed document:");
            cpuSeconds.forEach((process, seconds) -> perDocument.append(String.format(Locale.ROOT, " %s %.1f ms,",
                    process, 1000 * seconds / indexed.indexed())));
            System.out.println(perDocument.substring(0, perDocument.length() - 1));
        }
    }

    static void printTable(List<Report> reports) {
        System.out.println();
        System.out.printf("%-30s %6s %10s %11s %8s %8s %8s %8s %7s%n", "phase", "docs", "accepted/s", "indexed/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "failed");
        for (Report r : reports) {
            if (r.uploads() == null) {
                continue;
            }
            LatencyHistogram latency = r.indexed().latency();
            System.out.printf(Locale.ROOT, "%-30s %6d %10.1f %11.1f %8d %8d %8d %8d %7d%n", r.name(), r.documents(),
                    r.uploads().perSecond(), r.sustainedPerSecond(), latency.percentile(50), latency.percentile(95),
                    latency.percentile(99), latency.percentile(100), r.indexed().failed() + r.indexed().missing());
        }
    }
}
