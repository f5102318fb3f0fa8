package dev.polychron.timeline.repository;

import java.util.SortedSet;
import java.util.TreeSet;

/** How many sources an event has, and the languages they are in. */
public record SourceTally(int count, SortedSet<String> languages) {

    public SourceTally plus(SourceTally other) {
        SortedSet<String> all = new TreeSet<>(languages);
        all.addAll(other.languages);
        return new SourceTally(count + other.count, all);
    }
}
