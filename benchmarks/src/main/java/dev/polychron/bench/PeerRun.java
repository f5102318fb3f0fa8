package dev.polychron.bench;

import java.time.Duration;
import java.util.List;

/**
 * The peer cases run through one guarded analyser.
 *
 * @param analyzerStart how long building the analyser took
 * @param elapsed       how long the analyses took, building the analyser apart
 */
public record PeerRun(PeerFiles files, List<CaseResult> cases, List<DocumentResult> documents,
                      Duration analyzerStart, Duration elapsed) {

    public static PeerRun of(PeerFiles files, Duration caseTimeout) {
        long started = System.nanoTime();
        try (GuardedAnalyzer analyzer = GuardedAnalyzer.ofTextAnalyzer(caseTimeout)) {
            Duration analyzerStart = Duration.ofNanos(System.nanoTime() - started);
            List<CaseResult> cases = files.cases().stream()
                    .map(c -> CaseResult.score(c, analyzer.dates(c.text(), c.languageTag(), c.reference())))
                    .toList();
            List<DocumentResult> documents = files.documents().stream()
                    .map(d -> new DocumentResult(d, analyzer.dates(d.text(), d.languageTag(), d.reference())))
                    .toList();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started).minus(analyzerStart);
            return new PeerRun(files, cases, documents, analyzerStart, elapsed);
        }
    }

    public int analyses() {
        return cases.size() + documents.size();
    }
}
