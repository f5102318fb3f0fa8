package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A day and month, or a month, written without a year fall in the reference's year: "10 December" written in
 * February is the coming one, "10 May" written in November the past one. Both peers read a later day so, and
 * dateparser an earlier one too (Duckling would move that to the next year). The tense of the clause may still
 * move it a year ({@link TensedYears}).
 */
final class ReferenceYear {

    /** How far back a 29 February written in a common year looks for a leap year. */
    private static final int LEAP_CYCLE = 4;

    private ReferenceYear() {
    }

    static ResolvedDate month(int month, LocalDate reference, Modifier modifier) {
        return new ResolvedDate(YearMonth.of(reference.getYear(), month).toString(), Granularity.MONTH, modifier,
                null).yearless();
    }

    /** The day in the reference's year, or for a 29 February in a common year, in the leap year before it. */
    static Optional<ResolvedDate> day(int month, int day, LocalDate reference) {
        for (int year = reference.getYear(); year > reference.getYear() - LEAP_CYCLE; year--) {
            try {
                return Optional.of(ResolvedDate.of(LocalDate.of(year, month, day).toString(), Granularity.DAY)
                        .yearless());
            } catch (DateTimeException e) {
                // not a day in that year (29 February): an earlier year decides
            }
        }
        return Optional.empty();
    }
}
