package dev.polychron.bench;

import dev.polychron.nlp.dates.DatePreference;

import java.time.Duration;
import java.util.List;

/**
 * The peer cases run through one guarded analyser.
 *
 * @param cases         each case read with its peer's {@link PeerCase#preference()}
 * @param casesNearest  each case read with the default, {@link DatePreference#NEAREST}
 * @param analyzerStart how long building the analyser took
 * @param elapsed       how long the analyses of {@code cases} and {@code documents} took, building the analyser apart
 */
public record PeerRun(PeerFiles files, List<CaseResult> cases, List<CaseResult> casesNearest,
                      List<DocumentResult> documents, Duration analyzerStart, Duration elapsed) {

    public static PeerRun of(PeerFiles files, Duration caseTimeout) {
        long started = System.nanoTime();
        try (GuardedAnalyzer analyzer = GuardedAnalyzer.ofTextAnalyzer(caseTimeout)) {
            Duration analyzerStart = Duration.ofNanos(System.nanoTime() - started);
            List<CaseResult> cases = files.cases().stream()
                    .map(c -> score(analyzer, c, c.preference()))
                    .toList();
            List<DocumentResult> documents = files.documents().stream()
                    .map(d -> new DocumentResult(d, analyzer.dates(d.text(), d.languageTag(), d.reference(),
                            DatePreference.NEAREST)))
                    .toList();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started).minus(analyzerStart);
            List<CaseResult> casesNearest = cases.stream()
                    .map(r -> r.peerCase().preference() == DatePreference.NEAREST ? r
                            : score(analyzer, r.peerCase(), DatePreference.NEAREST))
                    .toList();
            return new PeerRun(files, cases, casesNearest, documents, analyzerStart, elapsed);
        }
    }

    private static CaseResult score(GuardedAnalyzer analyzer, PeerCase peerCase, DatePreference preference) {
        return CaseResult.score(peerCase, analyzer.dates(peerCase.text(), peerCase.languageTag(),
                peerCase.reference(), preference));
    }

    public int analyses() {
        return cases.size() + documents.size();
    }
}
