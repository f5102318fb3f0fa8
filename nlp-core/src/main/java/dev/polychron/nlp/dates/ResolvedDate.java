package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised date before it is placed in the text; {@code taken} says what the text did not write and was taken
 * from the reference: its year ({@link ReferenceYear}), or its month and year ({@link DaysWithoutMonth}).
 */
record ResolvedDate(String value, Granularity granularity, Modifier modifier, String rangeEnd, Taken taken) {

    /**
     * What of a date was taken from the reference: nothing, its year, its month and year, or its year as the next
     * one's after the reference where the text means the next after the date told before ("the following Christmas").
     */
    enum Taken { NOTHING, YEAR, MONTH, AFTER_TOLD }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    ResolvedDate(String value, Granularity granularity, Modifier modifier, String rangeEnd) {
        this(value, granularity, modifier, rangeEnd, Taken.NOTHING);
    }

    /** This date, its year the reference's as the text wrote none. */
    ResolvedDate yearless() {
        return new ResolvedDate(value, granularity, modifier, rangeEnd, Taken.YEAR);
    }

    /** This day, the next after the reference, unless a date told before sets the time it is the next after. */
    ResolvedDate afterToldBefore() {
        return new ResolvedDate(value, granularity, modifier, rangeEnd, Taken.AFTER_TOLD);
    }

    /** This day, its month and year the reference's as the text wrote neither. */
    ResolvedDate monthless() {
        return new ResolvedDate(value, granularity, modifier, rangeEnd, Taken.MONTH);
    }

    static ResolvedDate of(String value, Granularity granularity) {
        return new ResolvedDate(value, granularity, null, null);
    }

    /** A month, or with {@code day} set a day of it, when there is such a month and day. */
    static Optional<ResolvedDate> ofMonth(int year, int month, Integer day) {
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(of(String.format("%04d-%02d", year, month), Granularity.MONTH));
        }
        try {
            return Optional.of(of(LocalDate.of(year, month, day).toString(), Granularity.DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code value} names one day of the common era: "2014-05-03", not "2014-05" nor "-0428-03-15". */
    static boolean isDay(String value) {
        return DAY.matcher(value).matches();
    }
}
