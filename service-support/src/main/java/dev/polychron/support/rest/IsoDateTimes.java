package dev.polychron.support.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the ISO forms users send for a moment: a date, a local date-time, or a date-time with offset. */
public final class IsoDateTimes {

    private static final int MAX_YEAR = 9999;

    private IsoDateTimes() {
    }

    /**
     * The moment {@code value} names, at UTC when it has no offset (a date is its start of day).
     *
     * @throws ProblemException (400) naming {@code field} when it is not such a value or outside years 1..9999
     */
    public static OffsetDateTime parse(String field, String value) {
        OffsetDateTime parsed = parseOrThrow(field, value.strip());
        if (parsed.getYear() < 1 || parsed.getYear() > MAX_YEAR) {
            throw ProblemException.badRequest(field + " must be between year 1 and " + MAX_YEAR + ": " + value);
        }
        return parsed;
    }

    private static OffsetDateTime parseOrThrow(String field, String value) {
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value);
            }
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(field + " is not an ISO date or date-time: " + value);
        }
    }
}
