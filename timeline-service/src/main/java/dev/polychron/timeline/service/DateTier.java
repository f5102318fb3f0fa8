package dev.polychron.timeline.service;

import dev.polychron.events.Granularity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Candidates merge only within their tier. A decade or a century says too little to be the same event as a dated
 * one ("in the 1990s" is not "on 12 March 1999"), and letting them join finer events made every article that names
 * a century re-cluster that whole century of the timeline.
 */
enum DateTier {
    /** From a second to a year. */
    FINE(EnumSet.range(Granularity.SECOND, Granularity.YEAR)),
    /** Decades and centuries. */
    COARSE(EnumSet.of(Granularity.DECADE, Granularity.CENTURY));

    private final Set<Granularity> granularities;

    DateTier(Set<Granularity> granularities) {
        this.granularities = granularities;
    }

    Set<Granularity> granularities() {
        return granularities;
    }

    boolean holds(Granularity granularity) {
        return granularities.contains(granularity);
    }
}
