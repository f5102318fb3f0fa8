package dev.polychron.timeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A closed range of days. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " to " + to);
        }
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !otherFrom.isAfter(to) && !otherTo.isBefore(from);
    }

    public DateRange span(LocalDate otherFrom, LocalDate otherTo) {
        return new DateRange(otherFrom.isBefore(from) ? otherFrom : from, otherTo.isAfter(to) ? otherTo : to);
    }

    /** The fewest ranges that cover the same days: sorted, overlapping ones joined. */
    public static List<DateRange> merge(Collection<DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(DateRange::from));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange range : sorted) {
            DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, last.span(range.from(), range.to()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
