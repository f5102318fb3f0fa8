package dev.polychron.bench;

/** A short-text peer case and how the analyser did on it. */
public record CaseResult(PeerCase peerCase, boolean passed, Outcome outcome) {

    public static CaseResult score(PeerCase peerCase, Outcome outcome) {
        return new CaseResult(peerCase, !outcome.failed() && peerCase.passes(outcome.dates()), outcome);
    }

    public boolean coarse() {
        return peerCase.coarse();
    }
}
