package dev.polychron.events;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How precise a date value is, from a second to a century. */
public enum Granularity {
    SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, CENTURY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
