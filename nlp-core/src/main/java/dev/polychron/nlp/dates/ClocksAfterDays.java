package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock written without its day ("at 11:40 p.m.", "22:47 GMT") is on the day told before it in its sentence or the
 * one before, not on the reference's: "On 14 April 1912 the ship struck an iceberg at 11:40 p.m.", "The fire broke
 * out on Monday. Crews arrived at 10:15 p.m." A clock after a clock so moved takes the same day. Not a clock whose
 * text names a day by a word ("tonight at 8", "今天10:30") or whose clause tells of the present or the future ("The
 * bank, founded on 3 May 1901, opens at 9 a.m.", "He will appear in court at 2 p.m."), nor after a day told aside.
 */
final class ClocksAfterDays {

    private static final int DAY_LENGTH = "2014-04-01".length();
    /**
     * A word in a clock's text that may tell its day ("tonight at 8", "today at 5 pm", "um 22 Uhr"; any Chinese,
     * Japanese or Korean word, as "今天"); a time zone tells none.
     */
    private static final Pattern DAY_WORD = Pattern.compile("(?U)(?!" + TimesOnDays.TIME_ZONE + ")\\p{L}{3,}"
            + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    /** The most sentence ends between the day and its clock: the clock's sentence may follow the day's. */
    private static final int SENTENCES_APART = 1;

    private ClocksAfterDays() {
    }

    /**
     * The mentions in text order, each clock alone on the reference's day put on the day told before it; {@code tense}
     * reads the clock's clause where the language has tense words (null: it has none).
     */
    static List<DateMention> resolve(String text, List<DateMention> mentions, String referenceDay,
                                     ClauseTense tense) {
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        DateMention day = null;
        for (DateMention mention : mentions) {
            DateMention current = mention;
            if (isClockAlone(text, mention, referenceDay)) {
                if (day != null && follows(text, day, mention) && toldOfThePast(text, mention, tense)) {
                    current = new DateMention(mention.text(), mention.start(), mention.end(),
                            day.value().substring(0, DAY_LENGTH) + mention.value().substring(DAY_LENGTH),
                            mention.granularity(), mention.modifier(), null, mention.inReferences());
                    day = current;
                }
            } else {
                day = mention.rangeEnd() == null && mention.value().length() >= DAY_LENGTH
                        && ResolvedDate.isDay(mention.value().substring(0, DAY_LENGTH)) ? mention : null;
            }
            resolved.add(current);
        }
        return resolved;
    }

    private static boolean toldOfThePast(String text, DateMention clock, ClauseTense tense) {
        if (tense == null) {
            return true;
        }
        ClauseTense.Tense told = tense.beside(text, clock.start(), clock.end());
        return told == ClauseTense.Tense.PAST || told == ClauseTense.Tense.NONE;
    }

    private static boolean isClockAlone(String text, DateMention mention, String referenceDay) {
        return (mention.granularity() == Granularity.HOUR || mention.granularity() == Granularity.MINUTE)
                && mention.rangeEnd() == null && mention.value().startsWith(referenceDay)
                && !DAY_WORD.matcher(text).region(mention.start(), mention.end()).find();
    }

    private static boolean follows(String text, DateMention day, DateMention clock) {
        return clock.start() - day.end() <= TensedYears.PARAGRAPH_REACH
                && !text.substring(day.end(), clock.start()).contains("\n")
                && SentenceEnds.count(text, day.end(), clock.start()) <= SENTENCES_APART
                && !YearsToldBefore.toldAside(text, day, clock);
    }
}
