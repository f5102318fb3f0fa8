package dev.polychron.nlp.dates;

/**
 * Which side of the reference a date falls on where the text leaves it open and no word beside it tells: a weekday
 * named alone ("on Friday"), a day or month written without its year ("10 December", "in March"), a day without its
 * month ("on the 21st"). {@code NEAREST} reads them as a news report means them: the nearest such weekday, the
 * reference's year and month. {@code PAST} and {@code FUTURE} look one way, as an archive or a calendar would (compare
 * dateparser's {@code PREFER_DATES_FROM} and Duckling's future-first reading): the last or next such weekday (on the
 * reference's own weekday, that day under {@code PAST} and the next week's under {@code FUTURE}); a day or month
 * without its year moves a year only once it is in another month than the reference ("10 November" read on 18
 * November stays), a day without its month a month once it is on the other side of the reference, unless a date
 * told shortly before it names its month ({@link MonthsToldBefore}). Named days ("Christmas", "the last Sunday of
 * May") keep their own readings.
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
