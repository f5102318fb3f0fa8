package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock written without its day ("at 11:40 p.m.", "22:47 GMT") is on the day told before it in its sentence or the
 * one before, not on the reference's: "On 14 April 1912 the ship struck an iceberg at 11:40 p.m.", "The fire broke
 * out on Monday. Crews arrived at 10:15 p.m." A clock after a clock so moved takes the same day.
 */
final class ClocksAfterDays {

    private static final int DAY_LENGTH = "2014-04-01".length();
    /** A word in a clock's text that tells its day ("tonight at 8", "today at 5 pm"); a time zone tells none. */
    private static final Pattern DAY_WORD = Pattern.compile("(?U)(?!" + TimesOnDays.TIME_ZONE + ")\\p{L}{3,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** The most sentence ends between the day and its clock: the clock's sentence may follow the day's. */
    private static final int SENTENCES_APART = 1;

    private ClocksAfterDays() {
    }

    /** The mentions in text order, each clock alone on the reference's day put on the day told before it. */
    static List<DateMention> resolve(String text, List<DateMention> mentions, String referenceDay) {
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        DateMention day = null;
        for (DateMention mention : mentions) {
            DateMention current = mention;
            if (isClockAlone(text, mention, referenceDay)) {
                if (day != null && follows(text, day, mention)) {
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

    private static boolean isClockAlone(String text, DateMention mention, String referenceDay) {
        return (mention.granularity() == Granularity.HOUR || mention.granularity() == Granularity.MINUTE)
                && mention.rangeEnd() == null && mention.value().startsWith(referenceDay)
                && !DAY_WORD.matcher(text).region(mention.start(), mention.end()).find();
    }

    private static boolean follows(String text, DateMention day, DateMention clock) {
        if (clock.start() - day.end() > TensedYears.PARAGRAPH_REACH
                || text.substring(day.end(), clock.start()).contains("\n")) {
            return false;
        }
        Matcher end = SENTENCE_END.matcher(text).region(day.end(), clock.start());
        int sentences = 0;
        while (end.find()) {
            sentences++;
        }
        return sentences <= SENTENCES_APART;
    }
}
