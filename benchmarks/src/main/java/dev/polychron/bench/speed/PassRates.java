package dev.polychron.bench.speed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** nlp-core's pass rates on the peers' own test cases, as the last peer-suite run wrote them down. */
record PassRates(String overallCoarse, Map<String, String> bySource, String dateparserSearchRecall) {

    /** Empty when the peer suites have not run (no {@code peer-summary.json}). */
    static Optional<PassRates> read(Path summary) {
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        try {
            JsonNode json = new ObjectMapper().readTree(summary.toFile());
            Map<String, String> bySource = new LinkedHashMap<>();
            json.path("sources").forEach(source -> bySource.put(source.get("source").asText(),
                    rate(source.path("coarse"))));
            String recall = "-";
            for (JsonNode row : json.path("recall")) {
                if (row.get("name").asText().equals("dateparser search")) {
                    recall = String.format(Locale.ROOT, "%.1f%%", row.get("valueRecallPercent").asDouble());
                }
            }
            return Optional.of(new PassRates(rate(json.path("overallCoarse")), bySource, recall));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rate(JsonNode tally) {
        return tally.isMissingNode() || tally.path("percent").isNull() ? "-"
                : String.format(Locale.ROOT, "%.1f%% (%d/%d)", tally.get("percent").asDouble(),
                tally.get("passed").asInt(), tally.get("cases").asInt());
    }
}
