package dev.polychron.nlp.dates;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of one month listed with it: before it, "on 3 and 4 May 2014", "les 3, 4 ou 5 mai", "am 3. und 4. Mai", "3, 4
 * và 5 tháng 5"; or after it where the month comes first, "on July 17th, 18th and 19th", "May 3 and 4, 2015". The
 * date rules read the day written with its month ("4 May 2014", "July 17th"); each other day listed is a mention of its
 * own in that month and year. The words that join a list ("and", "or", "et", "và", "και") are CLDR's, from ICU's list
 * patterns, so every language with one reads its lists. A list after its month whose last number counts something
 * is no list: "On July 17, 18 and 19 people died", "On May 3 or 4 p.m.".
 */
final class ListedDays {

    private static final String FIRST = "\u0001";
    private static final String SECOND = "\u0002";
    private static final String THIRD = "\u0003";
    /** How far before its month's day a list may begin: a few days with their separators. */
    private static final int REACH = 40;
    /** A day's number with what may make it ordinal: "3", "3rd", "1er", "3.". */
    private static final String DAY = "\\d{1,2}" + RuleBasedDateExtractor.ORDINAL_SUFFIX;
    private static final Pattern DAY_NUMBER =
            Pattern.compile("(?U)(?<day>\\d{1,2})" + RuleBasedDateExtractor.ORDINAL_SUFFIX);
    /** A mention whose one number is the day it ends with: "May 3", "on the 3rd", "am 3.". */
    private static final Pattern DAY_LAST = Pattern.compile("(?U)^\\D*?(?<day>\\d{1,2})"
            + RuleBasedDateExtractor.ORDINAL_SUFFIX + "$");
    /** A number right after a month's day, which the date rule reads that day before only where a list begins. */
    private static final Pattern NUMBER_AFTER = Pattern.compile(",?\\s+\\p{N}");
    private static final Pattern CLAUSE_END = Pattern.compile(DaysWithoutMonth.CLAUSE_END);
    /** A pattern that matches nowhere, for a language without list patterns. */
    private static final String NEVER = "(?!)";
    /** Built once per language: the rules read {@link #moreDays()} and the extractor joins with the same one. */
    private static final Map<String, ListedDays> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The listed days right before the end of a region, or null where the language has no list pattern. */
    private final Pattern listBefore;
    /** The days listed after a first one, with the year after them, from the start of a region; or null. */
    private final Pattern listAfter;
    /** What separates the first days of a list, or null. */
    private final Pattern middle;
    /** A month's name, which a day written after it follows ("May 3"), or null. */
    private final Pattern monthName;
    /** The numbers listed after a first day, counts among them, as a regex naming no group. */
    private final String moreDays;
    /** The numbers listed before a day ("20, 21 and "), as a regex naming no group. */
    private final String daysBefore;
    /** What parts two members of a list (", ", " and ", ", or "), as a regex naming no group. */
    private final String separator;
    /** {@link #separator} compiled. */
    private final Pattern joiner;

    private ListedDays(Set<String> middles, Set<String> lasts, MonthNames months, String notACount) {
        if (middles.isEmpty()) {
            listBefore = null;
            listAfter = null;
            middle = null;
            monthName = null;
            moreDays = NEVER;
            daysBefore = NEVER;
            separator = NEVER;
            joiner = Pattern.compile(NEVER);
            return;
        }
        String inner = "(?:" + String.join("|", middles) + ")";
        String last = "(?:" + String.join("|", lasts) + ")";
        daysBefore = DAY + "(?:" + inner + DAY + ")*" + last;
        separator = "(?:" + inner + "|" + last + ")";
        listBefore = Pattern.compile("(?U)(?<![\\p{L}\\p{N}.,:/+-])" + daysBefore + "\\z");
        moreDays = "(?:" + inner + DAY + ")*" + last + DAY + "(?!\\p{N})";
        listAfter = Pattern.compile("(?U)(?<days>" + moreDays + notACount + ")(?:,?\\s+(?:(?:of|de|του)\\s+)?"
                + RuleBasedDateExtractor.YEAR + RuleBasedDateExtractor.NOT_NUMBER_AFTER + ")?");
        middle = Pattern.compile("(?U)" + inner);
        monthName = Pattern.compile("(?U)(?<!\\p{L})(?:" + months.alternation() + ")(?!\\p{L})");
        joiner = Pattern.compile("(?U)" + separator);
    }

    static ListedDays of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, ListedDays::build);
    }

    private static ListedDays build(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Set<String> middles = new LinkedHashSet<>();
        Set<String> lasts = new LinkedHashSet<>();
        // a list written without spaces ("3日和4日") names its month first, which the list is not read before
        if (!DateRanges.UNSPACED.contains(locale.getLanguage())) {
            for (ListFormatter.Type type : List.of(ListFormatter.Type.AND, ListFormatter.Type.OR)) {
                ListFormatter list = ListFormatter.getInstance(locale, type, ListFormatter.Width.WIDE);
                String pair = TextFolding.fold(list.format(List.of(FIRST, SECOND)));
                String three = TextFolding.fold(list.format(List.of(FIRST, SECOND, THIRD)));
                String pairLast = between(pair, FIRST, SECOND);
                String middle = between(three, FIRST, SECOND);
                String threeLast = between(three, SECOND, THIRD);
                if (pairLast != null && middle != null && threeLast != null && !pairLast.isBlank()) {
                    middles.add(separator(middle));
                    lasts.add(separator(pairLast));
                    lasts.add(separator(threeLast));
                }
            }
        }
        return new ListedDays(middles, lasts, MonthNames.of(language),
                RuleBasedDateExtractor.notACountAfter(language));
    }

    /**
     * What lists more days right after a day (", 18th and 19th", " or 19"), as a regex naming no group; one that
     * matches nowhere where the language has no list pattern. The rule of a month's name and its day reads the day
     * before it, though a number after a day is otherwise taken for its year.
     */
    String moreDays() {
        return moreDays;
    }

    /**
     * The days listed before a last one ("20, 21 and "), as a regex naming no group; one that matches nowhere where
     * the language has no list pattern. A word before them may be the whole list's: "lo scorso 20, 21 e 22 maggio".
     */
    String daysBefore() {
        return daysBefore;
    }

    /**
     * What parts two members of a list (", ", " and ", ", or "), as a regex naming no group; one that matches nowhere
     * where the language has no list pattern.
     */
    String separator() {
        return separator;
    }

    /** Whether {@code folded} between {@code start} and {@code end} parts two members of a list: " and ". */
    boolean joinsAt(String folded, int start, int end) {
        return start <= end && joiner.matcher(folded).region(start, end).matches();
    }

    private static String between(String formatted, String first, String second) {
        int from = formatted.indexOf(first);
        int to = formatted.indexOf(second);
        return from < 0 || to < from ? null : formatted.substring(from + first.length(), to);
    }

    /**
     * A list's separator as a regex: its words and marks literal, spaces around its words, maybe around its marks, and
     * spaces alone where it is only a space (Thai "{0} {1} และ{2}").
     */
    private static String separator(String written) {
        String stripped = written.strip();
        if (stripped.isEmpty()) {
            return "\\s+";
        }
        String regex = String.join("\\s+", Arrays.stream(stripped.split("\\s+")).map(Pattern::quote)
                .toList());
        String before = Character.isLetter(stripped.charAt(0)) ? "\\s+" : "\\s*";
        String after = Character.isLetter(stripped.charAt(stripped.length() - 1)) ? "\\s+" : "\\s*";
        return before + regex + after;
    }

    /**
     * The mentions, each day of a month joined by the days listed before it or, where it ends with its day ("May
     * 3"), after it; a year after those ("May 3 and 4, 2015") is the list's, not a mention of its own.
     */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        if (listBefore == null) {
            return mentions;
        }
        List<DateMention> joined = new ArrayList<>(mentions.size());
        int listEnd = 0;
        for (DateMention mention : mentions) {
            if (mention.start() < listEnd) {
                continue;
            }
            if (!isDayOfAMonth(mention)) {
                joined.add(mention);
            } else if (Character.isDigit(folded.charAt(mention.start())) || dayAlone(folded, mention) == null) {
                // the day before its month, maybe after its weekday: "Saturday 21 and Sunday 22 March"
                joinListBefore(text, folded, mention, joined);
            } else {
                List<DateMention> listed = listedAfter(text, folded, mention);
                joined.addAll(listed);
                if (listed.size() > 1) {
                    listEnd = listed.get(listed.size() - 1).end();
                }
            }
        }
        return joined;
    }

    private static boolean isDayOfAMonth(DateMention mention) {
        return mention.granularity() == Granularity.DAY && mention.rangeEnd() == null && mention.modifier() == null
                && ResolvedDate.isDay(mention.value());
    }

    /**
     * Adds to {@code joined} the days listed before {@code mention}, then it. A day read alone right before the list
     * ("am 3." of "am 3., 4. und 5. Juli", in no month) is the list's first, in its month.
     */
    private void joinListBefore(String text, String folded, DateMention mention, List<DateMention> joined) {
        DateMention previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        int previousEnd = previous == null ? 0 : previous.end();
        Matcher list = listBefore.matcher(folded).useTransparentBounds(true)
                .region(Math.max(previousEnd, mention.start() - REACH), mention.start());
        LocalDate last = LocalDate.parse(mention.value());
        if (list.find()) {
            Integer alone = previous == null || !isDayOfAMonth(previous) ? null : dayAlone(folded, previous);
            boolean aloneFirst = alone != null
                    && middle.matcher(folded).region(previousEnd, list.start()).matches();
            List<DateMention> days = listedDays(text, folded.substring(list.start(), list.end()), list.start(),
                    last, aloneFirst ? alone : 0, last.getDayOfMonth());
            if (aloneFirst && !days.isEmpty()) {
                joined.set(joined.size() - 1, onDay(previous, last.withDayOfMonth(alone)));
            }
            joined.addAll(days);
        }
        joined.add(mention);
    }

    /** The day a mention ends with where it is its one number ("on the 3rd", "am 3.", "May 3"), else null. */
    private static Integer dayAlone(String folded, DateMention mention) {
        Matcher day = DAY_LAST.matcher(folded).region(mention.start(), mention.end());
        return day.matches() ? Integer.valueOf(day.group("day")) : null;
    }

    /**
     * {@code first} and the days listed after it, in its month and in the year written after them, the last one's
     * span to that year; {@code first} alone where no list follows it, and nothing where a number that is no listed
     * day follows it.
     */
    private List<DateMention> listedAfter(String text, String folded, DateMention first) {
        Integer day = dayAlone(folded, first);
        LocalDate date = LocalDate.parse(first.value());
        Matcher list = listAfter.matcher(folded).region(first.end(), folded.length());
        if (day == null || day != date.getDayOfMonth() || !list.lookingAt()
                || !monthName.matcher(folded).region(first.start(), first.end()).find()) {
            return List.of(first);
        }
        boolean yearWritten = list.group("year") != null && !DateRanges.HAS_YEAR.matcher(first.text()).find();
        LocalDate inYear = yearWritten ? date.withYear(Integer.parseInt(list.group("year"))) : date;
        if (inYear.getDayOfMonth() != day) {
            return List.of(first);
        }
        List<DateMention> days = listedDays(text, list.group("days"), list.start("days"), inYear, day,
                inYear.lengthOfMonth() + 1);
        if (days.isEmpty()) {
            // no run of days: a number right after the day may be its year ("December 25, 800 and 801")
            return NUMBER_AFTER.matcher(folded).region(first.end(), folded.length()).lookingAt() ? List.of()
                    : List.of(first);
        }
        List<DateMention> listed = new ArrayList<>();
        listed.add(onDay(first, inYear));
        listed.addAll(days.subList(0, days.size() - 1));
        DateMention last = days.get(days.size() - 1);
        // a dot that closes the sentence is no ordinal's: "on July 17, 18 or 19.", not "szeptember 7. és 8. között"
        boolean closing = text.charAt(last.end() - 1) == '.'
                && CLAUSE_END.matcher(text).region(last.end() - 1, text.length()).lookingAt();
        int end = yearWritten ? list.end() : last.end() - (closing ? 1 : 0);
        listed.add(new DateMention(text.substring(last.start(), end), last.start(), end, last.value(),
                Granularity.DAY, null, null, false));
        return listed;
    }

    private static DateMention onDay(DateMention mention, LocalDate day) {
        return new DateMention(mention.text(), mention.start(), mention.end(), day.toString(), Granularity.DAY, null,
                null, mention.inReferences());
    }

    /**
     * The days of {@code list} (at {@code offset}) in the month of {@code month}, each after the one before it, the
     * first after {@code after} and all before {@code before}; else none.
     */
    private static List<DateMention> listedDays(String text, String list, int offset, LocalDate month, int after,
                                                int before) {
        List<DateMention> days = new ArrayList<>();
        int previous = after;
        Matcher number = DAY_NUMBER.matcher(list);
        while (number.find()) {
            int day = Integer.parseInt(number.group("day"));
            if (day <= previous || day >= before) {
                return List.of();
            }
            int start = offset + number.start();
            int end = offset + number.end();
            days.add(new DateMention(text.substring(start, end), start, end, month.withDayOfMonth(day).toString(),
                    Granularity.DAY, null, null, false));
            previous = day;
        }
        return days;
    }
}
