package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and month written without a year beside the name of their weekday ("Friday, 18 July", "18 temmuz cuma",
 * "Παρασκευή, 18 Ιουλίου") is in the reference's year, or in the year before or after it where the weekday says so and
 * that year brings it nearer the reference ("Friday, 29 December" written on 5 January 2018 is 2017's). Otherwise the
 * weekday is more likely a slip than a date a year further off, and the day stays in the reference's year. Only a day
 * whose month is named: "tomorrow, Friday" keeps tomorrow.
 */
final class DatesWithWeekdays {

    /** How many years either side of its own a day is looked for. */
    private static final int YEARS = 1;
    private static final int LOOK_BEHIND = 30;

    private final Map<String, DayOfWeek> weekdays;
    private final Pattern month;
    private final Pattern before;
    private final Pattern after;

    private DatesWithWeekdays(Map<String, DayOfWeek> weekdays, MonthNames months) {
        this.weekdays = weekdays;
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")";
        this.month = Pattern.compile("(?U)(?<![\\p{L}])(?:" + months.alternation() + ")(?![\\p{L}])");
        this.before = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])" + weekday + "\\.?,?\\s+$");
        this.after = Pattern.compile("(?U)^,?\\s+" + weekday + "(?![\\p{L}\\p{N}])");
    }

    static DatesWithWeekdays of(String language) {
        return new DatesWithWeekdays(Weekdays.names(ULocale.forLanguageTag(language)), MonthNames.of(language));
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
                || DateRanges.HAS_YEAR.matcher(written).find() || !month.matcher(written).find()) {
            return Optional.empty();
        }
        int from = Math.max(free, mention.start() - LOOK_BEHIND);
        Matcher left = before.matcher(folded.substring(from, mention.start()));
        Matcher right = after.matcher(folded.substring(mention.end(), next));
        int start = mention.start();
        int end = mention.end();
        DayOfWeek weekday;
        if (left.find()) {
            weekday = weekdays.get(left.group("weekday"));
            start = from + left.start();
        } else if (right.find()) {
            weekday = weekdays.get(right.group("weekday"));
            end += right.end();
        } else {
            return Optional.empty();
        }
        int first = start;
        int last = end;
        return nearestOn(LocalDate.parse(mention.value()), weekday, reference).map(date -> new DateMention(
                text.substring(first, last), first, last, date.toString(), Granularity.DAY, mention.modifier(), null,
                mention.inReferences()));
    }

    /**
     * {@code day}, or the same day and month a year before or after where it falls on {@code weekday} and is nearer
     * {@code reference}.
     */
    private static Optional<LocalDate> nearestOn(LocalDate day, DayOfWeek weekday, LocalDate reference) {
        if (day.getDayOfWeek() == weekday) {
            return Optional.of(day);
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(reference, day));
        for (int years = 1; years <= YEARS; years++) {
            for (int sign : new int[] {1, -1}) {
                try {
                    LocalDate candidate = LocalDate.of(day.getYear() + sign * years, day.getMonth(),
                            day.getDayOfMonth());
                    if (candidate.getDayOfWeek() == weekday
                            && Math.abs(ChronoUnit.DAYS.between(reference, candidate)) < distance) {
                        return Optional.of(candidate);
                    }
                } catch (DateTimeException e) {
                    // 29 February of a common year: no such day there
                }
            }
        }
        return Optional.of(day);
    }
}
