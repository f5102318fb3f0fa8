package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday named beside a week: "Wednesday of next week", "last week's Sunday", "next week Sunday", "dimarts
 * d'aquesta setmana", "Τετάρτη της επόμενης εβδομάδας", "thứ 5 tuần sau", Hindi "अगले सप्ताह के रविवार". The two
 * are one mention, that day of that week. The week fixes the day, so the names that are everyday words too (Greek
 * "Τρίτη" is also "third", Arabic "احد" without its article "one") are safe here: "احد الاسبوع الماضي", "الأحد من
 * الأسبوع الماضي".
 */
final class WeekdaysOfWeeks {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final String CONNECTOR = "(?:\\s*,)?\\s*(?:(?:of|from|in|on|de|del|della|di|da|do|der|des|von"
            + "|της|του|cua|в|на|i|u|من)\\s+|d'\\s*)?(?:the\\s+|la\\s+)?";
    /** How far before or after a week its weekday may be named. */
    private static final int MAX_GAP = 40;

    private final Map<String, DayOfWeek> names;
    private final Pattern before;
    private final Pattern after;

    private WeekdaysOfWeeks(Map<String, DayOfWeek> names, List<String> particles, boolean unspaced) {
        this.names = names;
        String weekday = "(?<weekday>" + Alternation.of(names.keySet()) + ")";
        this.before = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])" + weekday + CONNECTOR + "$");
        // Japanese and Chinese join them with their possessive particle or with nothing, and write the next word
        // against the day: "翌週の月曜日に会う", "来週月曜日に会う", "上周的星期五开会"
        this.after = Pattern.compile("(?U)^(?:'s|\\s*,)?(?:\\s+|\\s*[の的]\\s*" + (unspaced ? "|" : "")
                + ")(?:(?:u|i|on|am|के)\\s+)?" + weekday
                + (unspaced ? "" : "(?=" + (particles.isEmpty() ? "" : "(?:" + Alternation.of(particles) + ")?")
                + "(?![\\p{L}\\p{N}]))"));
    }

    static WeekdaysOfWeeks of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        return new WeekdaysOfWeeks(ArabicArticle.withAndWithout(locale.getLanguage(), Weekdays.names(locale)),
                RelativeDates.particles(language), DateRanges.UNSPACED.contains(locale.getLanguage()));
    }

    /**
     * {@code sorted} with each week that has a weekday named beside it turned into that day; a mention of the weekday
     * alone ("Wednesday") becomes part of it.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention mention = sorted.get(i);
            Matcher week = ISO_WEEK.matcher(mention.value());
            if (mention.granularity() != Granularity.WEEK || mention.rangeEnd() != null || !week.matches()) {
                joined.add(mention);
                continue;
            }
            int from = Math.max(0, mention.start() - MAX_GAP);
            Matcher left = before.matcher(folded.substring(from, mention.start()));
            Matcher right = after.matcher(folded.substring(mention.end(), Math.min(folded.length(),
                    mention.end() + MAX_GAP)));
            int weekdayStart = left.find() ? from + left.start() : mention.start();
            int end = weekdayStart == mention.start() && right.find() ? mention.end() + right.end() : mention.end();
            List<DateMention> others = new ArrayList<>(joined);
            others.addAll(sorted.subList(i + 1, sorted.size()));
            // the weekday's own mention may open with a word of its own (Swedish "på söndag i nästa vecka")
            int start = weekdayStart == mention.start() ? weekdayStart : others.stream()
                    .filter(other -> other.start() < weekdayStart && other.end() == from + left.end("weekday"))
                    .mapToInt(DateMention::start).min().orElse(weekdayStart);
            if ((start < mention.start() || end > mention.end()) && others.stream()
                    .allMatch(other -> other.end() <= start || other.start() >= end
                            || other.start() >= start && other.end() <= end)) {
                String weekday = start < mention.start() ? left.group("weekday") : right.group("weekday");
                joined.removeIf(other -> other.start() >= start);
                joined.add(day(text, start, end, week, weekday, mention));
                while (i + 1 < sorted.size() && sorted.get(i + 1).start() < end) {
                    i++;
                }
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    /**
     * Whether {@code at} falls inside a weekday's name in {@code folded}: Vietnamese names weekdays with ordinals
     * ("thứ năm", the fifth day: Thursday), so "thứ năm tuần tới" (Thursday next week) holds "năm tuần tới" (the next
     * five weeks), which is no date of its own.
     */
    boolean insideName(String folded, int at) {
        return names.keySet().stream().anyMatch(name -> {
            for (int offset = 1; offset < name.length() && offset <= at; offset++) {
                if (folded.startsWith(name, at - offset)) {
                    return true;
                }
            }
            return false;
        });
    }

    private DateMention day(String text, int start, int end, Matcher week, String weekday, DateMention mention) {
        LocalDate date = CalendarUnits.mondayOf(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)))
                .with(ChronoField.DAY_OF_WEEK, names.get(weekday).getValue());
        return new DateMention(text.substring(start, end), start, end, date.toString(), Granularity.DAY, null, null,
                mention.inReferences());
    }
}
