package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A day and month, or a month, written without a year fall in the year that puts them nearest the reference. */
final class NearestDay {

    private NearestDay() {
    }

    /** A month written without a year falls in the year that puts it nearest the reference month. */
    static ResolvedDate month(int month, LocalDate anchor, Modifier modifier) {
        YearMonth reference = YearMonth.from(anchor);
        YearMonth best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            if (best == null || Math.abs(ChronoUnit.MONTHS.between(reference, candidate))
                    < Math.abs(ChronoUnit.MONTHS.between(reference, best))) {
                best = candidate;
            }
        }
        return new ResolvedDate(best.toString(), Granularity.MONTH, modifier, null);
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
