package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

/** A normalised date before it is placed in the text. */
record ResolvedDate(String value, Granularity granularity, Modifier modifier, String rangeEnd) {

    static ResolvedDate of(String value, Granularity granularity) {
        return new ResolvedDate(value, granularity, null, null);
    }
}
