package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.DateRange;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A query condition "overlaps any of these date ranges", through {@code timeline_overlaps} so that the range
 * indexes serve it (migrations V6 and V9): one query for all the ranges a document touches.
 */
final class Overlaps {

    private Overlaps() {
    }

    /** The condition on an entity's {@code dateFrom} and {@code dateTo}, with parameters {@code from0, to0, ...}. */
    static String anyOf(String alias, List<DateRange> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("no date range to overlap");
        }
        return IntStream.range(0, ranges.size())
                .mapToObj(i -> "function('timeline_overlaps', %1$s.dateFrom, %1$s.dateTo, :from%2$d, :to%2$d) = true"
                        .formatted(alias, i))
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, List<DateRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            query.setParameter("from" + i, ranges.get(i).from()).setParameter("to" + i, ranges.get(i).to());
        }
        return query;
    }
}
