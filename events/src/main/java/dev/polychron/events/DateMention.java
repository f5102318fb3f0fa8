package dev.polychron.events;

/**
 * A temporal expression found in a text, normalised to a TIMEX3 value; offsets are UTF-16 code units, end exclusive.
 */
public record DateMention(
        String text,
        int start,
        int end,
        String value,
        Granularity granularity,
        Modifier modifier,
        String rangeEnd,
        boolean inReferences) {
}
