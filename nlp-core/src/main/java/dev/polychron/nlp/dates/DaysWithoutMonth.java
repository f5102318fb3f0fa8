package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A day of the month named without its month, after a word that makes the number a day ("on the 15th", "el 16",
 * "am 15ten", "Den 15.", "op de 15de"; or only a day in words: "на петнадесети") or after a weekday ("Tuesday the
 * 19th", "mercredi 13", "utorak 19.", "terça-feira (14)"), and closing its clause. Like a day written without its
 * year ({@link ReferenceYear}), it falls in the reference's month (unless {@link TensedYears} or {@link
 * MonthsToldBefore} moves it); with a weekday, in the first month from the reference's on where that day is that
 * weekday. Where the day comes first in dates, a day and month in digits after such a word too ("am 10.10", "op
 * 10.10"). The words are ours ({@code day-words.tsv}), the weekday names CLDR's.
 */
final class DaysWithoutMonth {

    private static final Map<String, List<String>> WORDS =
            DataFiles.foldedWords(DaysWithoutMonth.class, "day-words.tsv", 1);
    private static final Map<String, List<String>> SPELLED_DAY_WORDS =
            DataFiles.foldedWords(DaysWithoutMonth.class, "day-words.tsv", 2);
    /**
     * What may close the clause after the day: the end of the text, a comma or the like and a space, or a full stop
     * with no lower-case word after it (in "am 20. des nächsten Monats" the dot makes "20." ordinal).
     */
    static final String CLAUSE_END = "(?=\\s*(?:$|[,;:)](?:\\s|$)|[.!?](?!\\S)(?!\\s+\\p{Ll})))";
    /**
     * The same over folded text, where every word is in lower case: whether the word after a full stop is, the
     * original text tells ({@link #closesItsClause}).
     */
    private static final String FOLDED_CLAUSE_END = "(?=\\s*(?:$|[,;:)](?:\\s|$)|[.!?](?!\\S)))";
    /**
     * A clock after the day instead of its clause's end, its minutes or half of the day told: "on the 20th at 3 pm",
     * "on the 20th at 10:30"; "on the 20th at 3 sites" is a count.
     */
    private static final String CLOCK_AFTER = "(?=\\s+(?:" + Alternation.of(TimesOnDays.CLOCK_WORDS)
            + ")\\s+[0-2]?\\d(?:[:.]\\d{2}|\\s*" + TimesOnDays.MERIDIEM_MARK + "))";
    /**
     * The words that open the clause after a day instead of its comma, by language: "On the 20th the club signed
     * him", "on the 3rd he resigned"; not the nouns an ordinal counts ("on the 20th floor").
     */
    private static final Map<String, String> CLAUSE_OPENERS = Map.of("en",
            "(?=\\s+(?:the|he|she|it|they|we|i|his|her|its|their)\\s)");
    private static final Pattern LOWER_CASE_WORD_AFTER_STOP = Pattern.compile("\\s*[.!?]\\s+\\p{Ll}");
    /** How many months from the reference's a day is looked for: enough for every day and weekday to meet. */
    static final int MONTHS_AHEAD = 14;
    private static final int MIN_SPELLED_LENGTH = 4;
    /**
     * The ending of an ordinal of the gender the word for "day" has, where ordinals of other genders are other things:
     * Bulgarian "ден" is masculine ("на трети"), while "на трето" is a third place.
     */
    private static final Map<String, String> DAY_GENDER_ENDINGS = Map.of("bg", "и");
    /**
     * The endings a day of the month may take where a language writes days as cardinals: French "le 1er" and "le
     * 16", while "le 16e" is an arrondissement or a rank.
     */
    private static final Map<String, String> DAY_SUFFIXES = Map.of("fr", "(?:er)?");
    private DaysWithoutMonth() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<String> words = WORDS.getOrDefault(locale.getLanguage(), List.of());
        Map<String, DayOfWeek> weekdays = Weekdays.readAlone(locale) ? Weekdays.names(locale) : Map.of();
        List<DateRule> rules = new ArrayList<>();
        // the ending is lazy: a full stop after the day closes the sentence rather than making it ordinal
        String suffix = DAY_SUFFIXES.getOrDefault(locale.getLanguage(), RuleBasedDateExtractor.ORDINAL_SUFFIX + "?");
        List<String> ends = new ArrayList<>(List.of(FOLDED_CLAUSE_END, CLOCK_AFTER));
        List<String> andWords = RuleBasedDateExtractor.AND_WORDS.getOrDefault(locale.getLanguage(), List.of());
        if (!words.isEmpty() && !andWords.isEmpty()) {
            // a day joined to another that closes the clause: "le 13 et le 18" are two days, a range after "entre"
            Set<String> spelled = spelledDays(locale).keySet();
            String dayAgain = RuleBasedDateExtractor.DAY.replace("?<day>", "?:") + suffix
                    + (spelled.isEmpty() ? "" : "|" + Alternation.of(spelled));
            ends.add("(?=\\s+(?:" + Alternation.of(andWords) + ")\\s+(?:" + Alternation.of(words) + ")\\s+(?:"
                    + dayAgain + ")" + FOLDED_CLAUSE_END + ")");
        }
        if (CLAUSE_OPENERS.containsKey(locale.getLanguage())) {
            ends.add(CLAUSE_OPENERS.get(locale.getLanguage()));
        }
        String day = RuleBasedDateExtractor.DAY + suffix + "(?:" + String.join("|", ends) + ")"
                + "(?![.,]?\\s*(?:" + MonthNames.of(language).alternation() + ")(?![\\p{L}\\p{N}]))";
        if (!words.isEmpty()) {
            rules.add(DateRule.of(Start.words(words), "(?<![\\p{L}\\p{N}])(?:" + Alternation.of(words) + ")\\s+"
                    + day, (m, reference) -> inReferenceMonth(reference, Integer.parseInt(m.group("day")))));
        }
        List<String> spelledDayWords = new ArrayList<>(words);
        spelledDayWords.addAll(SPELLED_DAY_WORDS.getOrDefault(locale.getLanguage(), List.of()));
        if (!spelledDayWords.isEmpty()) {
            Map<String, Integer> spelled = spelledDays(locale);
            rules.add(DateRule.of(Start.words(spelledDayWords), "(?<![\\p{L}\\p{N}])(?:"
                    + Alternation.of(spelledDayWords) + ")\\s+(?<spelled>" + Alternation.of(spelled.keySet()) + ")"
                    + FOLDED_CLAUSE_END,
                    (m, reference) -> inReferenceMonth(reference, spelled.get(m.group("spelled")))));
        }
        if (!words.isEmpty() && !NumericDateRules.monthFirst(locale)) {
            // a day and month in digits need the preposition alone too: "op 10.10" beside "op de 15de"
            List<String> prepositions = new ArrayList<>(words);
            words.forEach(word -> prepositions.add(word.split(" ")[0]));
            // the preposition stays outside the mention, as in the numeric dates' own "15.2." it then equals
            rules.add(DateRule.of(Start.DAY, "(?<=(?<![\\p{L}\\p{N}])(?:"
                    + Alternation.of(new HashSet<>(prepositions)) + ")\\s)" + RuleBasedDateExtractor.DAY
                    + "\\.(?<month>1[0-2]|0?[1-9])\\.??" + FOLDED_CLAUSE_END,
                    (m, reference) -> ReferenceYear.day(Integer.parseInt(m.group("month")),
                            Integer.parseInt(m.group("day")), reference.toLocalDate())));
        }
        if (!weekdays.isEmpty()) {
            // after a weekday only the article of a word is needed: "Tuesday the 19th", "fredag den 15."
            List<String> articles = words.stream().map(word -> word.substring(word.lastIndexOf(' ') + 1))
                    .filter(word -> !TimesOnDays.CLOCK_WORDS.contains(word)).toList();
            String article = words.isEmpty() ? "" : "(?:(?:" + Alternation.of(articles) + ")\\s+)?";
            // an abbreviated weekday keeps its dot: Catalan "dv. 15"
            String weekday = "(?<![\\p{L}\\p{N}])(?<weekday>" + Alternation.of(weekdays.keySet())
                    + ")\\.?(?:\\s*,)?\\s+" + article;
            rules.add(DateRule.of(Start.words(weekdays.keySet()), weekday + day, (m, reference) ->
                    onWeekday(Integer.parseInt(m.group("day")), reference, weekdays.get(m.group("weekday")))));
            // Brazilian news write the day in brackets after its weekday: "nesta terça-feira (14)"
            rules.add(DateRule.of(Start.words(weekdays.keySet()), "(?<![\\p{L}\\p{N}])(?<weekday>"
                    + Alternation.of(weekdays.keySet()) + ")\\s+\\(" + RuleBasedDateExtractor.DAY + "\\)",
                    (m, reference) -> onWeekday(Integer.parseInt(m.group("day")), reference,
                            weekdays.get(m.group("weekday")))));
            Map<String, Integer> spelled = spelledDays(locale);
            if (!spelled.isEmpty()) {
                // "السبت السادس عشر" (Saturday the sixteenth)
                rules.add(DateRule.of(Start.words(weekdays.keySet()), weekday + "(?<spelled>"
                        + Alternation.of(spelled.keySet()) + ")" + FOLDED_CLAUSE_END, (m, reference) ->
                        onWeekday(spelled.get(m.group("spelled")), reference, weekdays.get(m.group("weekday")))));
            }
        }
        return rules.stream().map(rule -> rule.writtenAs(DaysWithoutMonth::closesItsClause)).toList();
    }

    /** Whether no lower-case word follows the full stop after the day ("am 20. des nächsten Monats" is ordinal). */
    private static boolean closesItsClause(String text, Matcher m) {
        return !LOWER_CASE_WORD_AFTER_STOP.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * The days in words of {@link SpelledDays} ("femtende", "quince", "الحادي والعشرين"); not the short ones, which
     * are everyday words too (Spanish "uno", "dos"), nor those that name weekdays (Greek "Τετάρτη").
     */
    private static Map<String, Integer> spelledDays(ULocale locale) {
        Map<String, Integer> days = new HashMap<>(SpelledDays.days(locale));
        days.keySet().removeIf(word -> word.length() < MIN_SPELLED_LENGTH);
        days.keySet().removeAll(Weekdays.names(locale).keySet());
        String ending = DAY_GENDER_ENDINGS.get(locale.getLanguage());
        if (ending != null) {
            days.keySet().removeIf(word -> !word.endsWith(ending));
        }
        return days;
    }

    /**
     * The day of the reference's month, or where that month has no such day (a 31st in April), of the nearest month
     * that has it; marked as a day whose month the text did not write, for the tense and the month told before it to
     * move.
     */
    static Optional<ResolvedDate> inReferenceMonth(LocalDateTime reference, int day) {
        LocalDate today = reference.toLocalDate();
        YearMonth month = YearMonth.from(today);
        return (month.isValidDay(day) ? Stream.of(month) : Stream.of(month.minusMonths(1), month.plusMonths(1)))
                .filter(candidate -> candidate.isValidDay(day))
                .map(candidate -> candidate.atDay(day))
                .min(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(today, date))))
                .map(date -> ResolvedDate.of(date.toString(), Granularity.DAY).monthless());
    }

    /**
     * The day in the reference's month where it is that weekday, else in the month before or after, whichever is
     * nearer ("Thursday the 29th" written on 2 March is February's), else in the first month after them.
     */
    static Optional<ResolvedDate> onWeekday(int day, LocalDateTime reference, DayOfWeek weekday) {
        YearMonth month = YearMonth.from(reference);
        LocalDate today = reference.toLocalDate();
        for (int i = 0; i < MONTHS_AHEAD; i++) {
            Optional<LocalDate> nearest = Stream.of(month.plusMonths(i), month.minusMonths(i == 1 ? 1 : 0))
                    .filter(candidate -> candidate.isValidDay(day) && candidate.atDay(day).getDayOfWeek() == weekday)
                    .map(candidate -> candidate.atDay(day))
                    .min(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(today, date))));
            if (nearest.isPresent()) {
                return Optional.of(ResolvedDate.of(nearest.get().toString(), Granularity.DAY));
            }
        }
        return Optional.empty();
    }
}
