package dev.polychron.nlp.dates;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of one month listed before it: "on 3 and 4 May 2014", "les 3 et 4 mai", "am 3. und 4. Mai", "3, 4 và 5 tháng
 * 5". The date rules read the last day with its month ("4 May 2014"); each day listed before it is a mention of its
 * own in that month and year. The words that join a list ("and", "et", "và", "και") are CLDR's, from ICU's list
 * patterns, so every language with one reads its lists.
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
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The listed days right before the end of a region, or null where the language has no list pattern. */
    private final Pattern listBefore;

    private ListedDays(Pattern listBefore) {
        this.listBefore = listBefore;
    }

    static ListedDays of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        ListFormatter and = ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE);
        String pair = TextFolding.fold(and.format(List.of(FIRST, SECOND)));
        String three = TextFolding.fold(and.format(List.of(FIRST, SECOND, THIRD)));
        String pairLast = between(pair, FIRST, SECOND);
        String middle = between(three, FIRST, SECOND);
        String threeLast = between(three, SECOND, THIRD);
        // a list written without spaces ("3日和4日") names its month first, which the list is not read before
        if (DateRanges.UNSPACED.contains(locale.getLanguage()) || pairLast == null || middle == null
                || threeLast == null || pairLast.isBlank()) {
            return new ListedDays(null);
        }
        return new ListedDays(Pattern.compile("(?U)(?<![\\p{L}\\p{N}.,:/+-])" + DAY + "(?:" + separator(middle)
                + DAY + ")*(?:" + separator(pairLast) + "|" + separator(threeLast) + ")\\z"));
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

    /** The mentions, each day of a month that a list of earlier days of it precedes joined by the days listed. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        if (listBefore == null) {
            return mentions;
        }
        List<DateMention> joined = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (DateMention mention : mentions) {
            if (mention.granularity() == Granularity.DAY && mention.rangeEnd() == null
                    && mention.modifier() == null && ISO_DAY.matcher(mention.value()).matches()
                    && Character.isDigit(folded.charAt(mention.start()))) {
                Matcher list = listBefore.matcher(folded).useTransparentBounds(true)
                        .region(Math.max(previousEnd, mention.start() - REACH), mention.start());
                if (list.find()) {
                    joined.addAll(listedDays(text, folded.substring(list.start(), list.end()), list.start(),
                            LocalDate.parse(mention.value())));
                }
            }
            joined.add(mention);
            previousEnd = mention.end();
        }
        return joined;
    }

    /** The days of {@code list} (at {@code offset}), each in the month of {@code last} and before it; else none. */
    private static List<DateMention> listedDays(String text, String list, int offset, LocalDate last) {
        List<DateMention> days = new ArrayList<>();
        int previous = 0;
        Matcher number = DAY_NUMBER.matcher(list);
        while (number.find()) {
            int day = Integer.parseInt(number.group("day"));
            if (day <= previous || day >= last.getDayOfMonth()) {
                return List.of();
            }
            try {
                LocalDate date = last.withDayOfMonth(day);
                int start = offset + number.start();
                int end = offset + number.end();
                days.add(new DateMention(text.substring(start, end), start, end, date.toString(), Granularity.DAY,
                        null, null, false));
            } catch (DateTimeException e) {
                return List.of();
            }
            previous = day;
        }
        return days;
    }
}
