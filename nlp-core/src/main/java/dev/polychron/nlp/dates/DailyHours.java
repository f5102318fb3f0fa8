package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock without a day that is an end of a range of hours ("ouvert de 10 h à 18 h", "von 10 bis 18 Uhr", "de 10:00
 * a 18:00") or told as repeated ("jusqu'à 18h tous les jours", "open daily until 6 pm") names opening hours, a time
 * of every day, not an event's date: it is no mention. Read over folded text, before a clock alone moves to the day
 * told before it ({@link ClocksAfterDays}), while it still has the reference's day.
 */
final class DailyHours {

    private static final String UNIT = "\\s*(?:h|uhr|heures?|ore|horas?|[ap]\\.?\\s?m\\.?)";
    private static final String HOUR = "\\d{1,2}(?:[:.h]\\s?\\d{2})?(?:" + UNIT + ")?";
    /** A first clock written as one ("10:00", "10 h", "9am"), or any hour after a word for "from" ("von 10"). */
    private static final String FIRST = "(?:(?<![\\p{L}\\p{N}])(?:de|von|vom|from|dalle|das|с|entre|between)\\s+"
            + HOUR + "|\\d{1,2}(?:[:.h]\\s?\\d{2}(?:" + UNIT + ")?|" + UNIT + "))";
    private static final String TO = "\\s*(?:-|–|—|a|bis|to|till|until|alle|as|до|hasta|jusqu'a|jusqu’a)\\s*"
            + "(?:las\\s+|les\\s+|ore\\s+)?";
    /** The first clock and the word before the second, right before a clock: not "le 15 à 18h". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?U)(?<![\\d:.])" + FIRST + TO + "\\z");
    /** The word before the second clock and its hour, right after a clock; no count of a unit ("8 pm - 12 hours"). */
    private static final Pattern RANGE_AFTER = Pattern.compile("(?U)\\A\\s*(?:h|uhr|heures?)?" + TO
            + "\\d{1,2}(?!\\d)" + "(?!\\s*(?:%|km|kilomet|meters?|metres?|miles?|hours?|mins?|minutes?|seconds?|days?"
            + "|weeks?|years?|jours|ans|secondes|stunden|minuten|tage|jahre|dias|anos|minutos|giorni|anni|percent"
            + "|pour cent|por ciento)(?!\\p{L}))");
    private static final String HOURS = "\\s*,?\\s*" + FIRST + TO + "\\d{1,2}(?!\\d)";
    /** Hours right after a range of weekdays: "du lundi au vendredi de 6 h à 21 h", "Monday to Friday, 9am-5pm". */
    private static final Pattern HOURS_AFTER = Pattern.compile("(?U)\\A" + HOURS);
    /** Hours right before a range of weekdays: "open from 9am to 5pm, Tuesday to Sunday". */
    private static final Pattern HOURS_BEFORE = Pattern.compile("(?U)(?<![\\d:.])" + FIRST + TO + HOUR
            + "\\s*,?\\s*\\z");
    /**
     * The last day of a range of weekdays and its hours, after its first day: "von Montag bis Freitag von 8 bis 16
     * Uhr", whose last day a rule of days and hours took ("Freitag von 8 bis 16" as days 8 to 16).
     */
    private static final Pattern LAST_DAY_AND_HOURS = Pattern.compile("(?U)\\A" + TO + "(?<=[\\s\\-–—])\\p{L}+"
            + HOURS);
    /** Words that make a time of day a time of every day, folded. */
    private static final Pattern DAILY = Pattern.compile("(?U)(?<!\\p{L})(?:tous les jours|chaque jour|every day"
            + "|each day|daily|taglich|jeden tag|todos los dias|cada dia|todos os dias|ogni giorno|tutti i giorni"
            + "|ежедневно|каждый день|hang ngay|moi ngay|καθημερινα|καθε μερα)"
            + "(?!\\p{L})");
    /** How far the words of a range or of every day are looked for around a clock. */
    private static final int REACH = 40;
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;\\n]");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private DailyHours() {
    }

    /**
     * The mentions without the clocks of opening hours, nor the range of weekdays they follow, a week's every one;
     * a clock alone has {@code referenceDay} as its day. A clock in the clause of a day told before it is that day's
     * ("le 3 mai de 20 h à 23 h", "On Tuesday the fighting lasted from 10 pm to 4 am").
     */
    static List<DateMention> drop(String text, String folded, List<DateMention> mentions, String referenceDay) {
        List<DateMention> kept = new ArrayList<>(mentions.size());
        DateMention day = null;
        for (DateMention mention : mentions) {
            boolean weekdaysOfHours = isWeekdaysOfHours(folded, mention);
            boolean dailyHour = isDailyHour(text, folded, mention, referenceDay);
            if (dailyHour && day != null && !CLAUSE_END.matcher(folded).region(day.end(), mention.start()).find()) {
                dailyHour = false;
            }
            if (!weekdaysOfHours && !dailyHour) {
                kept.add(mention);
                if (mention.granularity().compareTo(Granularity.DAY) <= 0
                        && !mention.value().startsWith(referenceDay)) {
                    day = mention;
                }
            }
        }
        return kept;
    }

    /**
     * Whether the mention is a range of days named without a number ("lundi au vendredi") before or after hours, or
     * the first day of one whose last day was not read.
     */
    private static boolean isWeekdaysOfHours(String folded, DateMention mention) {
        if (mention.granularity() != Granularity.DAY || DIGIT.matcher(mention.text()).find()) {
            return false;
        }
        Pattern after = mention.rangeEnd() != null ? HOURS_AFTER : LAST_DAY_AND_HOURS;
        return after.matcher(folded).region(mention.end(), Math.min(folded.length(), mention.end() + REACH)).find()
                || mention.rangeEnd() != null && HOURS_BEFORE.matcher(folded)
                .region(Math.max(0, mention.start() - REACH), mention.start()).find();
    }

    private static boolean isDailyHour(String text, String folded, DateMention mention, String referenceDay) {
        if (mention.granularity() != Granularity.HOUR && mention.granularity() != Granularity.MINUTE
                || mention.rangeEnd() != null || !mention.value().startsWith(referenceDay)) {
            return false;
        }
        int from = Math.max(0, mention.start() - REACH);
        int to = Math.min(folded.length(), mention.end() + REACH);
        return RANGE_BEFORE.matcher(folded).region(from, mention.start()).find()
                || RANGE_AFTER.matcher(folded).region(mention.end(), to).find()
                || toldDaily(text, folded, from, mention, to);
    }

    /**
     * Whether a word of every day stands in the clock's clause, between {@code from} and {@code to}: written in lower
     * case, as a name is not ("The Daily Mail reported the blast at 10:30").
     */
    private static boolean toldDaily(String text, String folded, int from, DateMention clock, int to) {
        int start = from;
        Matcher end = CLAUSE_END.matcher(folded).region(from, clock.start());
        while (end.find()) {
            start = end.end();
        }
        Matcher after = CLAUSE_END.matcher(folded).region(clock.end(), to);
        Matcher daily = DAILY.matcher(folded).region(start, after.find() ? after.start() : to);
        while (daily.find()) {
            if (Character.isLowerCase(text.charAt(daily.start()))) {
                return true;
            }
        }
        return false;
    }
}
