package dev.polychron.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.Locale;

/** How many cases were scored and how many of them passed. */
public record Tally(int cases, int passed) {

    public static Tally of(Collection<CaseResult> results) {
        return new Tally(results.size(), (int) results.stream().filter(CaseResult::passed).count());
    }

    /** The pass rate in percent, null when no case was scored. */
    @JsonProperty("percent")
    public Double percent() {
        return cases == 0 ? null : 100.0 * passed / cases;
    }

    /** Like {@code 61.2% (612/1000)}, or a dash when no case was scored. */
    @Override
    public String toString() {
        return cases == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", percent(), passed, cases);
    }
}
