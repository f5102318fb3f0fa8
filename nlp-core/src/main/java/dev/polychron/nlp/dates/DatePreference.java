package dev.polychron.nlp.dates;

/**
 * Which side of the reference a date falls on where the text leaves it open and no word beside it tells: a weekday
 * named alone ("on Friday"), a day or month written without its year ("10 December"). {@code NEAREST} reads them as
 * a news report means them (the nearest such weekday, the reference's year); {@code PAST} and {@code FUTURE} as an
 * archive or a calendar would, as dateparser's {@code PREFER_DATES_FROM} and Duckling's future-first reading do.
 */
public enum DatePreference {
    NEAREST(ClauseTense.Tense.NONE),
    PAST(ClauseTense.Tense.PAST),
    FUTURE(ClauseTense.Tense.FUTURE);

    private final ClauseTense.Tense tense;

    DatePreference(ClauseTense.Tense tense) {
        this.tense = tense;
    }

    /** The tense this preference lends a date whose text tells none. */
    ClauseTense.Tense tense() {
        return tense;
    }
}
