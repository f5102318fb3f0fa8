package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;

/** The TIMEX3 value of the calendar unit (day, week, month, quarter, year...) that holds a moment. */
final class CalendarUnits {

    private CalendarUnits() {
    }

    static ResolvedDate of(LocalDateTime moment, TemporalUnit unit) {
        if (unit == IsoFields.QUARTER_YEARS) {
            return ResolvedDate.of(moment.getYear() + "-Q" + moment.get(IsoFields.QUARTER_OF_YEAR),
                    Granularity.QUARTER);
        }
        return switch ((ChronoUnit) unit) {
            case MINUTES -> ResolvedDate.of(moment.truncatedTo(ChronoUnit.MINUTES).toString(), Granularity.MINUTE);
            case HOURS -> ResolvedDate.of(moment.toLocalDate() + String.format("T%02d", moment.getHour()),
                    Granularity.HOUR);
            case WEEKS -> ResolvedDate.of(String.format("%d-W%02d", moment.get(IsoFields.WEEK_BASED_YEAR),
                    moment.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), Granularity.WEEK);
            case MONTHS -> ResolvedDate.of(String.format("%04d-%02d", moment.getYear(), moment.getMonthValue()),
                    Granularity.MONTH);
            case YEARS -> ResolvedDate.of(String.format("%04d", moment.getYear()), Granularity.YEAR);
            default -> ResolvedDate.of(moment.toLocalDate().toString(), Granularity.DAY);
        };
    }

    /** The Monday of ISO week {@code week} of {@code weekBasedYear}. */
    static LocalDate mondayOf(int weekBasedYear, int week) {
        return LocalDate.of(weekBasedYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(ChronoField.DAY_OF_WEEK, DayOfWeek.MONDAY.getValue());
    }

    /** From the unit {@code first} units away from {@code reference} to the one {@code last} away, as one range. */
    static ResolvedDate span(LocalDateTime reference, TemporalUnit unit, long first, long last) {
        ResolvedDate start = of(reference.plus(first, unit), unit);
        ResolvedDate end = of(reference.plus(last, unit), unit);
        return new ResolvedDate(start.value(), start.granularity(), null, end.value());
    }
}
