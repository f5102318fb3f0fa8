package dev.polychron.bench;

import dev.polychron.events.DateMention;

import java.util.List;
import java.util.Locale;

/**
 * One reading a peer accepts: a value cut at its grain and, for an interval, the ends it accepts.
 *
 * @param ends  the accepted interval ends, each cut at the grain; empty for an instant
 * @param whole whether the mention's value must be exactly this value, with nothing finer after it
 */
public record Expectation(String value, Grain grain, List<String> ends, boolean whole) {

    public Expectation {
        ends = List.copyOf(ends);
    }

    /** An instant, or an interval scored on its start only. */
    public static Expectation instant(String value, Grain grain) {
        return new Expectation(value, grain, List.of(), false);
    }

    public static Expectation interval(String value, Grain grain, List<String> ends) {
        return new Expectation(value, grain, ends, false);
    }

    /** A reading that only a mention of exactly this grain gives, e.g. a bare year where a peer filled in Jan 1. */
    public static Expectation whole(String value, Grain grain) {
        return new Expectation(value, grain, List.of(), true);
    }

    /** Whether the mention's value, in the peers' ISO form and cut at the grain, gives this reading. */
    public boolean matches(DateMention mention) {
        if (!matches(mention.value(), value)) {
            return false;
        }
        return ends.isEmpty() || ends.stream().anyMatch(end -> matches(mention.rangeEnd(), end));
    }

    /** Whether a range's end gives this instant reading ("2 November 1974" at the end of "from ... to ..."). */
    public boolean matchesEnd(DateMention mention) {
        return ends.isEmpty() && mention.rangeEnd() != null && matches(mention.rangeEnd(), value);
    }

    private boolean matches(String timex, String expected) {
        String iso = PeerValues.toPeerIso(timex);
        if (iso == null) {
            return false;
        }
        return whole ? iso.equals(expected) : grain.cut(iso).equals(grain.cut(expected));
    }

    @Override
    public String toString() {
        String written = ends.isEmpty() ? value : value + "/" + String.join("|", ends);
        return written + " " + grain.name().toLowerCase(Locale.ROOT) + (whole ? " exactly" : "");
    }
}
