package dev.polychron.bench;

import dev.polychron.nlp.TextAnalyzer;

import java.util.List;

/** Analyses a corpus many times with one analyser and compares the heap left after a full GC early and late. */
public final class HeapCheck {

    private static final int GC_PASSES = 3;
    private static final long SETTLE_MILLIS = 200;

    /**
     * The heap in use after {@code early} rounds and after {@code rounds}.
     *
     * @param found how many dates all the rounds found, kept so the analyses cannot be optimised away
     */
    public record Result(int early, long earlyBytes, int rounds, long lateBytes, long found) {

        public long growthBytes() {
            return lateBytes - earlyBytes;
        }
    }

    private HeapCheck() {
    }

    public static Result run(TextAnalyzer analyzer, List<Article> corpus, int early, int rounds) {
        long found = 0;
        long earlyBytes = 0;
        for (int round = 1; round <= rounds; round++) {
            for (Article article : corpus) {
                found += analyzer.analyze(article.text(), article.language(), article.reference()).dates().size();
            }
            if (round == early) {
                earlyBytes = usedAfterGc();
            }
        }
        return new Result(early, earlyBytes, rounds, usedAfterGc(), found);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int pass = 0; pass < GC_PASSES; pass++) {
            System.gc();
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
