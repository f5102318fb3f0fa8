package dev.polychron.bench.speed;

/**
 * What one tool did on one corpus: whole passes over it, measured time only (no start-up, no warm-up).
 *
 * @param dates date mentions the tool found in one pass
 */
public record Speed(String tool, long passes, long documents, long bytes, double seconds, long dates) {

    public double documentsPerSecond() {
        return documents / seconds;
    }

    public double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }
}
