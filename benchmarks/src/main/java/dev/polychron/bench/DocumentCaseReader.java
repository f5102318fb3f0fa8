package dev.polychron.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Turns one row of a running-text peer file into a {@link DocumentCase}. */
final class DocumentCaseReader {

    private DocumentCaseReader() {
    }

    static DocumentCase read(Suite suite, JsonNode row) {
        String text = row.get("text").asText();
        boolean filled = row.path("grain_inferred").asBoolean(false);
        List<ExpectedMention> expected = new ArrayList<>();
        int searchFrom = 0;
        for (JsonNode entry : row.path("expected")) {
            List<Expectation> readings = readings(entry, filled);
            if (readings.isEmpty()) {
                continue;
            }
            String mention = entry.get("text").asText();
            int start = entry.has("start") ? entry.get("start").asInt() : locate(text, mention, searchFrom);
            searchFrom = Math.max(start, 0) + 1;
            expected.add(new ExpectedMention(mention, start, originOf(entry), readings));
        }
        return new DocumentCase(suite, row.get("id").asText(), Json.text(row, "source"), Json.text(row, "lang"),
                PeerValues.languageTag(Json.text(row, "locale"), Json.text(row, "lang")), text,
                PeerValues.reference(Json.text(row, "ref")), expected);
    }

    /**
     * The readings of one expected entry; none for the entries Recognizers gives no date value (times, durations).
     * dateparser asserts a whole datetime, so its year or month mentions were filled with day 1 (peers' caveat 4);
     * when {@code filled}, the bare year or month is accepted as well.
     */
    static List<Expectation> readings(JsonNode entry, boolean filled) {
        if (entry.hasNonNull("alternatives")) {
            return PeerCaseReader.alternatives(entry);
        }
        String value = Json.text(entry, "value");
        if (value == null) {
            return List.of();
        }
        List<Expectation> readings = new ArrayList<>(List.of(PeerCaseReader.reading(entry)));
        if (filled && value.endsWith("-01")) {
            readings.add(Expectation.whole(value.substring(0, 7), Grain.MONTH));
        }
        if (filled && value.endsWith("-01-01")) {
            readings.add(Expectation.whole(value.substring(0, 4), Grain.YEAR));
        }
        return readings;
    }

    private static String originOf(JsonNode entry) {
        String origin = Json.text(entry, "origin");
        return origin == null ? "peer" : origin;
    }

    /** dateparser's search cases give the mention's text only: it is looked for after the previous one. */
    private static int locate(String text, String mention, int from) {
        int found = text.indexOf(mention, from);
        return found >= 0 ? found : text.indexOf(mention);
    }
}
