package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.DateRange;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query condition "overlaps any of these date ranges", through {@code timeline_overlaps_any} (migration V12) so
 * that the range indexes serve it (V6, V9): one query, with one parameter, for all the ranges a batch touches.
 */
final class Overlaps {

    private Overlaps() {
    }

    /** The condition on an entity's {@code dateFrom} and {@code dateTo}, with the parameter {@code windows}. */
    static String anyOf(String alias) {
        return "(function('timeline_overlaps_any', %1$s.dateFrom, %1$s.dateTo, :windows) = true)".formatted(alias);
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, List<DateRange> ranges) {
        return query.setParameter("windows", multirange(ranges));
    }

    /** The ranges as a PostgreSQL datemultirange literal: {@code {["2014-01-01","2014-12-31"],[...]}}. */
    static String multirange(List<DateRange> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("no date range to overlap");
        }
        return ranges.stream().map(r -> "[\"" + date(r.from()) + "\",\"" + date(r.to()) + "\"]")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** PostgreSQL's spelling of a date: ISO year 0 is 1 BC, and it reads no sign before a year. */
    private static String date(LocalDate date) {
        int year = date.getYear();
        return "%04d-%02d-%02d%s".formatted(year < 1 ? 1 - year : year, date.getMonthValue(), date.getDayOfMonth(),
                year < 1 ? " BC" : "");
    }
}
