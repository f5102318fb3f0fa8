package dev.polychron.bench.speed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the side-by-side table and, when the peer suites have run, nlp-core's pass rates on the peers' cases. */
final class SpeedTable {

    private SpeedTable() {
    }

    static void print(List<NlpSpeedComparison.Row> rows, Optional<PassRates> rates) {
        System.out.println();
        System.out.printf("%-7s %-17s %5s %8s %7s %9s %10s %11s %14s%n", "corpus", "tool", "docs", "KB", "passes",
                "docs/s", "MB/s/core", "dates/pass", "nlp-core is");
        for (NlpSpeedComparison.Row row : rows) {
            Speed speed = row.speed();
            double kilobytes = speed.bytes() / (double) speed.passes() / 1e3;
            String ratio = speed == row.nlpCore() ? "" : String.format(Locale.ROOT, "%.1f× faster",
                    row.nlpCore().megabytesPerSecond() / speed.megabytesPerSecond());
            System.out.printf(Locale.ROOT, "%-7s %-17s %5d %8.1f %7d %9.2f %10.4f %11d %14s%n", row.corpus(),
                    speed.tool(), row.documents(), kilobytes, speed.passes(), speed.documentsPerSecond(),
                    speed.megabytesPerSecond(), speed.dates(), ratio);
        }
        System.out.println();
        rates.ifPresentOrElse(r -> {
            System.out.println("Correct dates (benchmarks/target/peer-summary.json, nlp-core scored on the peers' own"
                    + " cases, coarse grains; each peer passes its own by construction):");
            System.out.println("  nlp-core overall coarse: " + r.overallCoarse()
                    + "; dateparser search texts, value recall: " + r.dateparserSearchRecall());
            r.bySource().forEach((source, rate) -> System.out.printf("  on %-36s %s%n", source + "'s cases:", rate));
            System.out.println("  HeidelTime: no suite of its own among the peers");
        }, () -> System.out.println("No peer-summary.json: run ./mvnw -pl benchmarks -am verify first for the pass"
                + " rates"));
    }
}
