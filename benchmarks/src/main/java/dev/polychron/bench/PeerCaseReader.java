package dev.polychron.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one row of a short-text peer file into a {@link PeerCase}, leaving out what the peers' rule leaves out. */
final class PeerCaseReader {

    private PeerCaseReader() {
    }

    /** The case, or empty when the row is latent or a text variant. */
    static Optional<PeerCase> read(Suite suite, JsonNode row) {
        if (row.path("latent").asBoolean(false) || Json.text(row, "text_variant") != null) {
            return Optional.empty();
        }
        List<Expectation> readings = switch (suite) {
            case NEGATIVES, RECOGNIZERS_NEGATIVES -> List.of();
            case AMBIGUOUS -> alternatives(row);
            default -> List.of(reading(row)); // an open interval is scored on its boundary only
        };
        Grain grain = Json.text(row, "grain") != null ? Grain.of(row.get("grain").asText())
                : readings.isEmpty() ? null : readings.get(0).grain();
        return Optional.of(new PeerCase(suite, row.get("id").asText(), Json.text(row, "source"), Json.text(row, "lang"),
                PeerValues.languageTag(Json.text(row, "locale"), Json.text(row, "lang")), row.get("text").asText(),
                PeerValues.reference(Json.text(row, "ref")), grain, Json.text(row, "holiday") != null, readings));
    }

    /** A reading with its kind, value, grain and ends, as date cases and ambiguous alternatives write it. */
    static Expectation reading(JsonNode reading) {
        Grain grain = Grain.of(reading.get("grain").asText());
        String value = reading.get("value").asText();
        if (!"interval".equals(Json.text(reading, "kind"))) {
            return Expectation.instant(value, grain);
        }
        String inclusive = Json.text(reading, "end_inclusive");
        if (inclusive != null) {
            return Expectation.interval(value, grain, List.of(inclusive));
        }
        // Recognizers' end is exclusive or inclusive depending on the wording (peers' caveat R3): accept either
        String end = Json.text(reading, "end");
        List<String> ends = new ArrayList<>(List.of(end));
        Optional.ofNullable(grain.minusOne(end)).ifPresent(ends::add);
        return Expectation.interval(value, grain, ends);
    }

    static List<Expectation> alternatives(JsonNode row) {
        List<Expectation> readings = new ArrayList<>();
        row.path("alternatives").forEach(alternative -> readings.add(reading(alternative)));
        return readings;
    }
}
