package dev.polychron.bench;

import dev.polychron.events.DateMention;

import java.util.List;

/**
 * A date a running text should yield, where it stands and the readings it accepts.
 *
 * @param origin chrono's {@code peer} or the converter's {@code repeat}; {@code peer} for every other source
 */
public record ExpectedMention(String text, int start, String origin, List<Expectation> readings) {

    public ExpectedMention {
        readings = List.copyOf(readings);
    }

    public int end() {
        return start + text.length();
    }

    /** Whether the mention shares at least one character with this one. */
    public boolean overlaps(DateMention mention) {
        return mention.start() < end() && start < mention.end();
    }

    /**
     * Whether the mention overlaps this one and gives one of its readings; a date written after the start of a
     * range the mention joins it into is read from the range's end.
     */
    public boolean foundIn(DateMention mention) {
        return overlaps(mention) && readings.stream().anyMatch(r -> r.matches(mention)
                || start > mention.start() && r.matchesEnd(mention));
    }
}
