package dev.polychron.bench;

/** A running-text peer case and the dates the analyser found in it. */
public record DocumentResult(DocumentCase document, Outcome outcome) {

    /** Whether some date found shares a character with the expected one. */
    public boolean spanFound(ExpectedMention expected) {
        return outcome.dates().stream().anyMatch(expected::overlaps);
    }

    /** Whether some date found overlaps the expected one and gives one of its readings. */
    public boolean valueFound(ExpectedMention expected) {
        return outcome.dates().stream().anyMatch(expected::foundIn);
    }
}
