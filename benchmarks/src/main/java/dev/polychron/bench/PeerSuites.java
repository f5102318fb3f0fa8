package dev.polychron.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Scores the date tagger on the peers' converted test suites by the rule of shared/peers/README.md. */
public final class PeerSuites {

    private PeerSuites() {
    }

    /**
     * Prints the figures and writes {@code peer-failures.tsv} and {@code peer-summary.json}.
     *
     * @param args an optional peers folder, else {@code -Dpeers.dir}, else {@code ../shared/peers}; the reports go to
     *             {@code -Dpeers.out}, and {@code -Dpeers.case-timeout-ms} is how long one case may take before it
     *             counts as hung
     */
    public static void main(String[] args) throws IOException {
        Path repository = PeerPaths.repositoryRoot(Path.of(""));
        Path peers = PeerPaths.peers(args.length > 0 ? args[0] : System.getProperty("peers.dir"), repository);
        PeerFiles files = PeerFiles.read(peers);
        if (files.absent()) {
            System.out.println("peers not found at " + peers + "; skipping");
            return;
        }
        Duration caseTimeout = Duration.ofMillis(Long.getLong("peers.case-timeout-ms", 10_000));
        PeerRun run = PeerRun.of(files, caseTimeout);
        PeerSummary summary = PeerSummary.of(peers.toString(), run);
        SummaryPrinter.print(summary, System.out);

        Path out = PeerPaths.output(System.getProperty("peers.out"), repository);
        Files.createDirectories(out);
        Path failures = out.resolve("peer-failures.tsv");
        FailureList.write(run, failures);
        Path json = out.resolve("peer-summary.json");
        Json.MAPPER.writeValue(json.toFile(), summary);
        System.out.println("Failure list: " + failures + "\nSummary: " + json);
    }
}
