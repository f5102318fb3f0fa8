package dev.polychron.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The precision of a peer's expected value: how many characters of an ISO value it fixes. */
public enum Grain {
    SECOND(19, false), MINUTE(16, false), HOUR(13, false), DAY(10, true), WEEK(10, true), MONTH(7, true),
    QUARTER(7, true), YEAR(4, true);

    private static final DateTimeFormatter HOUR_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH");
    private static final DateTimeFormatter MINUTE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECOND_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final int length;
    private final boolean coarse;

    Grain(int length, boolean coarse) {
        this.length = length;
        this.coarse = coarse;
    }

    /** Reads the peers' lower-case grain name. */
    public static Grain of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Day, week, month, quarter or year. */
    public boolean coarse() {
        return coarse;
    }

    /** The value cut to this grain; a value too short to fix this grain is returned whole, so it never matches. */
    public String cut(String value) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    /** The value one unit of this grain earlier, or null when the value is not an ISO prefix of this grain. */
    public String minusOne(String value) {
        if (value.length() != length) {
            return null;
        }
        try {
            return switch (this) {
                case YEAR -> String.format(Locale.ROOT, "%04d", Integer.parseInt(value) - 1);
                case MONTH -> LocalDate.parse(value + "-01").minusMonths(1).toString().substring(0, 7);
                case QUARTER -> LocalDate.parse(value + "-01").minusMonths(3).toString().substring(0, 7);
                case WEEK -> LocalDate.parse(value).minusWeeks(1).toString();
                case DAY -> LocalDate.parse(value).minusDays(1).toString();
                case HOUR -> HOUR_FORMAT.format(LocalDateTime.parse(value + ":00").minusHours(1));
                case MINUTE -> MINUTE_FORMAT.format(LocalDateTime.parse(value).minusMinutes(1));
                case SECOND -> SECOND_FORMAT.format(LocalDateTime.parse(value).minusSeconds(1));
            };
        } catch (RuntimeException notIso) {
            return null;
        }
    }
}
