package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month's name with a word for "next", "last" or "this" ({@code month-words.tsv}): "last March", "mars dernier",
 * "τον περασμένο Μάρτιο", "в прошлом марте", "this September". The last one is the first before the reference's month,
 * the next one the first after it, the one after next a year after that, this one the one in the reference's year. The
 * word may stand by the days of a month the date rules read ("le 3 mai dernier", "lo scorso 3 maggio", "du 20 au 25 mai
 * dernier", "les 20, 21 et 22 mai dernier", "lo scorso 20, 21 e 22 maggio"): they are then the last or next such days
 * before or after the reference's day.
 */
final class RelativeMonths {

    private static final List<String[]> WORDS = DataFiles.lines(RelativeMonths.class, "month-words.tsv")
            .stream().map(line -> line.split("\t")).toList();
    /**
     * A day written before the month, which the date rules read with it and its word ("3 mai", "1er janvier", "20 de
     * mayo"): the month alone is then no mention.
     */
    private static final String NO_DAY_BEFORE = "(?<!\\p{N}" + RuleBasedDateExtractor.ORDINAL_SUFFIX
            + "\\s{1,3}(?:(?:of|de)\\s{1,3})?)";
    /** How far before the day its word may begin, the days listed before it between them. */
    private static final int REACH = 70;

    /** A word for "last" or "next" by days of a month: where the mention with it begins and ends, and its direction. */
    private record Word(int start, int end, int direction) {
    }

    /** The words written after a month or before it, by their direction, and their patterns (null where none). */
    private final Map<String, Integer> after;
    private final Map<String, Integer> before;
    private final Pattern wordAfter;
    private final Pattern wordBefore;

    private RelativeMonths(Map<String, Integer> after, Map<String, Integer> before, String daysBefore) {
        this.after = after;
        this.before = before;
        this.wordAfter = after.isEmpty() ? null : Pattern.compile("(?U)\\s+(?<word>" + Alternation.of(after.keySet())
                + ")(?![\\p{L}\\p{N}])");
        this.wordBefore = before.isEmpty() ? null : Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?<word>"
                + Alternation.of(before.keySet()) + ")\\s+(?<days>" + daysBefore + ")?\\z");
    }

    static RelativeMonths of(String language) {
        Map<String, Integer> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (String[] columns : wordsOf(language)) {
            (isBefore(columns) ? before : after).putAll(directions(columns));
        }
        return new RelativeMonths(after, before, ListedDays.of(language).daysBefore());
    }

    private static List<String[]> wordsOf(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        return WORDS.stream().filter(columns -> columns[0].equals(code)).toList();
    }

    /** The folded words of a month-words.tsv row, each with the row's direction. */
    private static Map<String, Integer> directions(String[] columns) {
        Map<String, Integer> directions = new HashMap<>();
        for (String word : columns[3].split("\\|")) {
            directions.put(TextFolding.fold(word), Integer.parseInt(columns[1]));
        }
        return directions;
    }

    private static boolean isBefore(String[] columns) {
        return columns[2].equals("before");
    }

    static List<DateRule> rules(String language) {
        MonthNames months = MonthNames.of(language);
        String month = "(?<month>" + months.ownWideAlternation() + ")";
        boolean english = language.startsWith("en");
        return wordsOf(language).stream().map(columns -> {
            Map<String, Integer> directions = directions(columns);
            String word = "(?<word>" + Alternation.of(directions.keySet()) + ")";
            boolean before = isBefore(columns);
            // not "last May" of "last May 5", a day the date rules read
            String regex = before ? "\\b" + word + "\\s+" + month + "\\b(?![.,]?\\s*\\p{N})"
                    : NO_DAY_BEFORE + "\\b" + month + "\\s+" + word + "\\b";
            return DateRule.of(Start.words(before ? directions.keySet() : months.ownWideForms()), regex,
                    (m, reference) -> month(months.number(m.group("month")), directions.get(m.group("word")),
                            reference)).writtenAs((text, m) -> months.writtenAsListed(text, m)
                    && (!english || Character.isUpperCase(text.charAt(m.start("month")))));
        }).toList();
    }

    private static Optional<ResolvedDate> month(int number, int direction, LocalDateTime reference) {
        YearMonth current = YearMonth.from(reference);
        YearMonth named = current.withMonth(number);
        YearMonth date = direction < 0 && !named.isBefore(current) ? named.minusYears(1)
                : direction > 0 && !named.isAfter(current) ? named.plusYears(1) : named;
        // "March after next": a year after the next March
        YearMonth after = direction > 1 ? date.plusYears(direction - 1L) : date;
        return Optional.of(ResolvedDate.of(after.toString(), Granularity.MONTH));
    }

    /**
     * The mentions, each day or range of days of a month written without its year ("3 mai", "du 20 au 25 mai") and
     * with a word for "last" or "next" after it, or before its first day, moved to the last or next such days and
     * joined by the word; or before the days listed before it ("el pasado 20, 21 y 22 de mayo"), moved alike and
     * left to its span for {@link ListedDays} to list those days in its year.
     */
    List<DateMention> join(String text, String folded, List<DateMention> mentions, LocalDate today) {
        if (after.isEmpty() && before.isEmpty()) {
            return mentions;
        }
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            joined.add(wordBeside(mention, text, folded).map(word -> moved(text, mention, word, today))
                    .orElse(mention));
        }
        return joined;
    }

    /**
     * The word after the days of a month or before their first, where they are written without their year; before a
     * list of days, the mention's own span.
     */
    private Optional<Word> wordBeside(DateMention mention, String text, String folded) {
        if (mention.granularity() != Granularity.DAY || mention.modifier() != null
                || !ResolvedDate.isDay(mention.value())
                || mention.rangeEnd() != null && !ResolvedDate.isDay(mention.rangeEnd())
                || DateRanges.HAS_YEAR.matcher(mention.text()).find()) {
            return Optional.empty();
        }
        if (wordAfter != null && Character.isLetter(folded.charAt(mention.end() - 1))) {
            Matcher word = wordAfter.matcher(folded).region(mention.end(), folded.length());
            if (word.lookingAt()) {
                return Optional.of(new Word(mention.start(), word.end(), after.get(word.group("word"))));
            }
        }
        if (wordBefore != null && Character.isDigit(folded.charAt(mention.start()))) {
            Matcher word = wordBefore.matcher(folded).useTransparentBounds(true)
                    .region(Math.max(0, mention.start() - REACH), mention.start());
            if (word.find()) {
                int start = word.group("days") == null ? word.start() : mention.start();
                return Optional.of(new Word(start, mention.end(), before.get(word.group("word"))));
            }
        }
        return Optional.empty();
    }

    /**
     * The mention's days moved by whole years to the last ones that end before {@code today}, or to the next ones
     * that begin after it, or to this year's; its span to the word's.
     */
    private static DateMention moved(String text, DateMention mention, Word word, LocalDate today) {
        LocalDate first = LocalDate.parse(mention.value());
        LocalDate last = mention.rangeEnd() == null ? first : LocalDate.parse(mention.rangeEnd());
        LocalDate named = word.direction() < 0 ? last : first;
        long years = year(MonthDay.from(named), word.direction(), today) - named.getYear();
        String end = mention.rangeEnd() == null ? null : last.plusYears(years).toString();
        return new DateMention(text.substring(word.start(), word.end()), word.start(), word.end(),
                first.plusYears(years).toString(), Granularity.DAY, null, end, mention.inReferences());
    }

    /**
     * The year of the last {@code named} day before {@code today}, of the next one after it (or the one after that for
     * "after next"), or of this one; a 29 February in the leap year so found ("le 29 février prochain").
     */
    private static int year(MonthDay named, int direction, LocalDate today) {
        MonthDay day = MonthDay.from(today);
        int year = today.getYear() + (direction < 0 && !named.isBefore(day) ? -1
                : direction > 0 && !named.isAfter(day) ? 1 : 0) + Math.max(0, direction - 1);
        int step = direction < 0 ? -1 : 1;
        while (!named.isValidYear(year)) {
            year += step;
        }
        return year;
    }
}
