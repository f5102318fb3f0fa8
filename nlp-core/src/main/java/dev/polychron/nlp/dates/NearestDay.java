package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A day and month written without a year fall in the year that puts them nearest the reference day. */
final class NearestDay {

    private NearestDay() {
    }

    static Optional<ResolvedDate> of(int month, int day, LocalDate anchor) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (best == null || Math.abs(date.toEpochDay() - anchor.toEpochDay())
                        < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                    best = date;
                }
            } catch (DateTimeException e) {
                // not a day in that year (29 February); the other years decide
            }
        }
        return Optional.ofNullable(best).map(date -> ResolvedDate.of(date.toString(), Granularity.DAY));
    }
}
