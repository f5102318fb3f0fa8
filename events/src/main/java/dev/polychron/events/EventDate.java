package dev.polychron.events;

import java.time.LocalDate;

/** The date of a timeline event: its TIMEX3 value and the ISO days that bound it. */
public record EventDate(
        String value,
        Granularity granularity,
        Modifier modifier,
        String rangeEnd,
        LocalDate from,
        LocalDate to) {
}
