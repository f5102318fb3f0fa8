package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The n-th or last weekday, day or week of a month or a year: "the third Tuesday of September 2014", "the last
 * Sunday of March", "l'ultimo giorno di ottobre 2015", "första veckan i oktober", "the first week of 2019", and the
 * n-th from the end: "the second last week of October 2018", "the fifth last day of May". Ordinals are ICU's
 * spell-out rules, weekday, month and field names CLDR's, the words for "last" and those for "first" that ICU leaves
 * out ours ({@code last-words.tsv}, {@code first-words.tsv}); in Slavic languages the month may follow in the genitive
 * ("trzeci wtorek września"), in Turkish it comes first ("ekimin birinci salısı", "2015'in ilk haftası"). A week
 * belongs to the month or year that holds its Thursday, as ISO 8601 weeks do; a month without a year is the one of
 * the reference's year. Hebrew puts the ordinal after its noun, Hindi the period first ("2015 का पहला सप्ताह").
 */
final class OrdinalDays {

    private static final int MAX_ORDINAL = 5;
    private static final int LAST = -1;
    private static final Map<String, List<String>> LAST_WORDS =
            DataFiles.foldedWordsByLanguage(OrdinalDays.class, "last-words.tsv");
    private static final Map<String, List<String>> FIRST_WORDS =
            DataFiles.foldedWordsByLanguage(OrdinalDays.class, "first-words.tsv");
    /** What a digit may carry to make it an ordinal: "3rd", "3e", "3eme", "3º", "3η", "3.", Turkish "3'üncü". */
    static final String SUFFIX = "(?:st|nd|rd|th|eme|e|er|de|ste|o|a|η|º|°|\\.|'?[iıu]?nc[iıu])";
    /**
     * One short word between the day and its month or year ("of", "in", "du", "του", "d'"), not a month's name, or
     * two around the name of the month field, here %s ("del mese di", "du mois d'").
     */
    private static final String CONNECTOR = "\\s+(?:\\p{L}{1,5}\\s+(?:%s\\s+(?:\\p{L}{1,5}\\s+|\\p{L}['’]))?"
            + "|\\p{L}['’])";
    /**
     * Languages that put a month in the genitive right after the day, with no word between: Polish "pierwszy wtorek
     * października", Russian "первый вторник октября".
     */
    private static final Set<String> GENITIVE_MONTH = Set.of("pl", "cs", "sk", "ru", "uk", "be", "hr");
    /**
     * Languages that put the ordinal after its noun, with the noun's article: Hebrew "יום שני האחרון של מרץ" (the last
     * Monday of March), "יום ראשון השני במאי"; the month may then carry its preposition as a prefix ("במאי").
     */
    private static final Set<String> ORDINAL_AFTER = Set.of("he");
    /**
     * The genitive postpositions of languages that name the period first and its n-th day, weekday or week after it:
     * Hindi "2015 का पहला सप्ताह" (the first week of 2015), "अगले महीने का दूसरा सोमवार" (next month's second Monday).
     */
    static final Map<String, String> GENITIVES_BEFORE_DAY = Map.of("hi", "के|की|का");
    /**
     * Languages that name the month or year first, in the genitive, and mark the day with a possessive ending:
     * Turkish "ekimin birinci salısı", "2015'in ilk haftası", "Temmuz'un son haftası".
     */
    private static final Set<String> PERIOD_FIRST = Set.of("tr");

    private OrdinalDays() {
    }

    static Optional<DateRule> rule(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, MAX_ORDINAL));
        boolean ordinalAfter = ORDINAL_AFTER.contains(locale.getLanguage());
        if (ordinalAfter) {
            String article = MonthNames.article(locale.getLanguage());
            Map.copyOf(ordinals).forEach((word, n) -> ordinals.put(article + word, n));
        }
        List<String> lastWords = lastWords(locale);
        lastWords.forEach(word -> ordinals.put(word, LAST));
        firstWords(locale).forEach(word -> ordinals.put(word, 1));
        if (ordinals.isEmpty()) {
            return Optional.empty();
        }
        // a weekday that is an ordinal too (Greek "Τρίτη") is the weekday after an ordinal: "πρώτη Τρίτη"
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        DateTimePatternGenerator fields = DateTimePatternGenerator.getInstance(locale);
        Map<String, ChronoUnit> units = RelativeSpans.unitNames(locale);
        String week = unitName(fields, DateTimePatternGenerator.WEEK_OF_YEAR, units, ChronoUnit.WEEKS);
        String day = unitName(fields, DateTimePatternGenerator.DAY, units, ChronoUnit.DAYS);
        String fromEnd = lastWords.isEmpty() ? "" : "(?:\\s+(?<fromEnd>" + Alternation.of(lastWords) + "))?";
        String ordinal = "(?:(?<n>[1-5])" + SUFFIX + "|(?<ordinal>" + Alternation.of(ordinals.keySet()) + "))"
                + fromEnd;
        String unit = "(?:(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + ")|" + day
                + ")\\p{L}{0,2}";
        String monthField = TextFolding.fold(fields.getFieldDisplayName(DateTimePatternGenerator.MONTH,
                DateTimePatternGenerator.DisplayWidth.WIDE));
        String connector = "(?!\\s+(?:" + months.alternation() + ")\\s)"
                + CONNECTOR.formatted(Pattern.quote(monthField));
        if (GENITIVE_MONTH.contains(locale.getLanguage()) || ordinalAfter) {
            connector = "(?:" + connector + "|\\s+(?=(?:" + months.alternation() + ")(?![\\p{L}\\p{N}])))";
        }
        String monthOrYear = "(?:(?<month>" + months.alternation() + ")(?![\\p{L}\\p{N}])"
                + "(?:\\.?,?\\s+(?:(?:of|de|del|του)\\s+)?(?<year>[12]\\d{3}))?|(?<wholeYear>[12]\\d{3}))";
        String genitives = GENITIVES_BEFORE_DAY.get(locale.getLanguage());
        String nthUnit = ordinalAfter ? unit + "\\s+" + ordinal : ordinal + "\\s+" + unit;
        String regex = "(?<![\\p{L}\\p{N}])" + nthUnit + connector + monthOrYear
                + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        Start start = ordinalAfter ? Start.WORD : Start.words(ordinals.keySet()).orDigit();
        if (genitives != null) {
            regex = "(?<![\\p{L}\\p{N}])" + monthOrYear + "\\s+(?:" + genitives + ")\\s+" + nthUnit
                    + "(?![\\p{L}\\p{M}\\p{N}])";
            start = Start.words(months.forms()).orDigit();
        } else if (namesPeriodFirst(locale)) {
            regex = "(?<![\\p{L}\\p{N}])(?:(?<month>" + months.alternation() + ")(?:\\s+(?<year>[12]\\d{3}))?"
                    + "|(?<wholeYear>[12]\\d{3}))(?:'\\p{L}{1,3})?\\s+" + ordinal + "\\s+" + unit
                    + "\\p{L}{0,3}(?![\\p{L}\\p{N}])";
            start = Start.words(months.forms()).orDigit();
        }
        return Optional.of(DateRule.of(start, regex, (m, reference) -> {
            int nth = m.group("n") != null ? Integer.parseInt(m.group("n")) : ordinals.get(m.group("ordinal"));
            if (!lastWords.isEmpty() && m.group("fromEnd") != null) {
                if (nth == LAST) {
                    return Optional.empty();
                }
                nth = -nth;
            }
            Period period = period(m, months, reference);
            if (m.group("week") != null) {
                return period.nth(nth, DayOfWeek.THURSDAY)
                        .map(thursday -> CalendarUnits.of(thursday.atStartOfDay(), ChronoUnit.WEEKS));
            }
            DayOfWeek weekday = m.group("weekday") == null ? null : weekdays.get(m.group("weekday"));
            return period.nth(nth, weekday).map(date -> ResolvedDate.of(date.toString(), Granularity.DAY));
        }));
    }

    /** The month or year the day is counted in. */
    private static Period period(Matcher m, MonthNames months, LocalDateTime reference) {
        if (m.group("wholeYear") != null) {
            int year = Integer.parseInt(m.group("wholeYear"));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = months.number(m.group("month"));
        YearMonth yearMonth = m.group("year") != null ? YearMonth.of(Integer.parseInt(m.group("year")), month)
                : YearMonth.parse(ReferenceYear.month(month, reference.toLocalDate(), null).value());
        return new Period(yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }

    /**
     * The n-th (with -1 the last, -2 the second last...) day of the month, or of its days that are {@code weekday}
     * when it is set.
     */
    static Optional<LocalDate> nth(YearMonth month, int n, DayOfWeek weekday) {
        return new Period(month.atDay(1), month.atEndOfMonth()).nth(n, weekday);
    }

    /** From {@code first} to {@code last}, both included. */
    private record Period(LocalDate first, LocalDate last) {

        /**
         * The n-th (counted from the end when negative, -1 being the last) day of the period, or of those that are
         * {@code weekday} when it is set.
         */
        Optional<LocalDate> nth(int n, DayOfWeek weekday) {
            LocalDate date;
            if (n < 0) {
                date = weekday == null ? last.plusDays(n + 1L)
                        : last.with(TemporalAdjusters.previousOrSame(weekday)).plusWeeks(n + 1L);
            } else {
                date = weekday == null ? first.plusDays(n - 1L)
                        : first.with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(n - 1L);
            }
            return date.isAfter(last) || date.isBefore(first) ? Optional.empty() : Optional.of(date);
        }
    }

    /** CLDR's name of the field, and the names of its unit after a count (Greek "μέρα" beside "ημέρα"). */
    static String unitName(DateTimePatternGenerator fields, int field, Map<String, ChronoUnit> units,
                           ChronoUnit unit) {
        Set<String> names = new HashSet<>();
        names.add(TextFolding.fold(fields.getFieldDisplayName(field, DateTimePatternGenerator.DisplayWidth.WIDE)));
        units.forEach((name, named) -> {
            if (named == unit) {
                names.add(name);
            }
        });
        return "(?:" + Alternation.of(names) + ")";
    }

    /** Whether the language names the month or year before its n-th day or week ("ekimin birinci salısı"). */
    static boolean namesPeriodFirst(ULocale locale) {
        return PERIOD_FIRST.contains(locale.getLanguage());
    }

    /** The words for "first" that ICU's ordinals leave out ("ilk"), folded. */
    static List<String> firstWords(ULocale locale) {
        return FIRST_WORDS.getOrDefault(locale.getLanguage(), List.of());
    }

    /** The words for "last" before a day, week or quarter of a period ("last", "letzte", "ultimo"), folded. */
    static List<String> lastWords(ULocale locale) {
        return LAST_WORDS.getOrDefault(locale.getLanguage(), List.of());
    }
}
