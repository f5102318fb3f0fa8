package dev.polychron.events;

/** A TIMEX3 modifier of a date: its start, middle or end, or an approximation. */
public enum Modifier {
    START, MID, END, APPROX
}
