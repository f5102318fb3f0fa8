package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and month written without a year beside the name of their weekday ("Friday, 18 July", "18 temmuz cuma",
 * "Παρασκευή, 18 Ιουλίου", or CLDR's capitalised abbreviation of it, "Fre, 18. juli", which alone may be a word) is
 * in the reference's year, or in the year before or after it, whichever is nearest the reference where it falls on
 * that weekday, as the writer dated it ("Friday, 29 December" written on 5 January 2018 is
 * 2017's, "Fri, Jul 18" written in February 2013 is 2014's). When none of the three fits, the weekday is more likely a
 * slip than a date years off, and the day stays in the reference's year. Only a day whose month is named: "tomorrow,
 * Friday" keeps tomorrow. A day written with its year keeps it and takes in only a weekday that agrees: "Sunday 7 June
 * 1998".
 */
final class DatesWithWeekdays {

    /** How many years either side of its own a day is looked for; further off, the weekday is more likely a slip. */
    private static final int YEARS = 1;
    private static final Pattern CLAUSE_END_AFTER = Pattern.compile("\\.?\\s*(?:[.!?;]|$)");
    private static final int LOOK_BEHIND = 30;
    /**
     * The word between a Thai weekday and its day, "the": "วันเสาร์ที่ 16 มีนาคม" (Saturday the 16th of March); Thai
     * writes no space before the weekday either ("เมื่อวันเสาร์ที่ 16 มีนาคม").
     */
    static final String THAI_DAY_WORD = "\\s*ที่";

    private final Map<String, DayOfWeek> weekdays;
    /** Abbreviations that are no full name, read only with a capital ("So, 14. Juli", not "so 14 Juli"). */
    private final Set<String> abbreviations;
    private final Pattern month;
    private final Pattern before;
    private final Pattern after;

    private DatesWithWeekdays(Map<String, DayOfWeek> names, Map<String, DayOfWeek> abbreviations,
                              MonthNames months, boolean thai) {
        this.weekdays = new HashMap<>(names);
        abbreviations.forEach(weekdays::putIfAbsent);
        this.abbreviations = new HashSet<>(abbreviations.keySet());
        this.abbreviations.removeAll(names.keySet());
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")";
        this.month = Pattern.compile("(?U)(?<![\\p{L}])(?:" + months.alternation() + ")(?![\\p{L}])");
        this.before = Pattern.compile(thai ? weekday + THAI_DAY_WORD + "\\s+$"
                : "(?U)(?<![\\p{L}\\p{N}])" + weekday + "\\.?,?\\s+$");
        this.after = Pattern.compile("(?U)^,?\\s+" + weekday + "(?![\\p{L}\\p{N}])");
    }

    static DatesWithWeekdays of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        return new DatesWithWeekdays(Weekdays.names(locale), Weekdays.abbreviatedNames(locale),
                MonthNames.of(language), locale.getLanguage().equals("th"));
    }

    /** {@code sorted} with each day that has its weekday beside it moved to its year and widened over the weekday. */
    List<DateMention> join(String text, String folded, List<DateMention> sorted, LocalDate reference) {
        List<DateMention> joined = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            DateMention mention = sorted.get(i);
            int free = i == 0 ? 0 : sorted.get(i - 1).end();
            int next = i + 1 < sorted.size() ? sorted.get(i + 1).start() : folded.length();
            joined.add(withWeekday(text, folded, mention, free, next, reference).orElse(mention));
        }
        return joined;
    }

    private Optional<DateMention> withWeekday(String text, String folded, DateMention mention, int free, int next,
                                              LocalDate reference) {
        String written = folded.substring(mention.start(), mention.end());
        if (mention.granularity() != Granularity.DAY || mention.rangeEnd() != null
                || !month.matcher(written).find()) {
            return Optional.empty();
        }
        int from = Math.max(free, mention.start() - LOOK_BEHIND);
        Matcher left = before.matcher(folded.substring(from, mention.start()));
        Matcher right = after.matcher(folded.substring(mention.end(), next));
        int start = mention.start();
        int end = mention.end();
        String name;
        int nameAt;
        if (left.find()) {
            name = left.group("weekday");
            nameAt = from + left.start("weekday");
            start = from + left.start();
        } else if (right.find()) {
            name = right.group("weekday");
            nameAt = mention.end() + right.start("weekday");
            end += right.end();
        } else {
            return Optional.empty();
        }
        // after a date a capitalised abbreviation is as often a name ("7 de setembro, Dom Pedro", "15 de julio, Mar"),
        // unless the clause ends with it ("18 juli, Fre.")
        boolean closesClause = CLAUSE_END_AFTER.matcher(folded).region(nameAt + name.length(), folded.length())
                .lookingAt();
        if (abbreviations.contains(name) && (!Character.isUpperCase(text.charAt(nameAt))
                || nameAt > mention.start() && !closesClause)) {
            return Optional.empty();
        }
        DayOfWeek weekday = weekdays.get(name);
        LocalDate day = LocalDate.parse(mention.value());
        if (DateRanges.HAS_YEAR.matcher(written).find() && day.getDayOfWeek() != weekday) {
            return Optional.empty();
        }
        LocalDate date = nearestOn(day, weekday, reference);
        return Optional.of(new DateMention(text.substring(start, end), start, end, date.toString(), Granularity.DAY,
                mention.modifier(), null, mention.inReferences()));
    }

    /**
     * {@code day}, or the same day and month in the year nearest {@code reference} where it falls on {@code weekday};
     * {@code day} when none does within {@link #YEARS}.
     */
    private static LocalDate nearestOn(LocalDate day, DayOfWeek weekday, LocalDate reference) {
        if (day.getDayOfWeek() == weekday) {
            return day;
        }
        LocalDate nearest = day;
        long distance = Long.MAX_VALUE;
        for (int years = 1; years <= YEARS; years++) {
            for (int sign : new int[] {1, -1}) {
                try {
                    LocalDate candidate = LocalDate.of(day.getYear() + sign * years, day.getMonth(),
                            day.getDayOfMonth());
                    long candidateDistance = Math.abs(ChronoUnit.DAYS.between(reference, candidate));
                    if (candidate.getDayOfWeek() == weekday && candidateDistance < distance) {
                        nearest = candidate;
                        distance = candidateDistance;
                    }
                } catch (DateTimeException e) {
                    // 29 February of a common year: no such day there
                }
            }
        }
        return nearest;
    }
}
