package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The n-th or last weekday, day or week of a month or a year: "the third Tuesday of September 2014", "the last
 * Sunday of March", "l'ultimo giorno di ottobre 2015", "första veckan i oktober", "the first week of 2019", and the
 * n-th from the end: "the second last week of October 2018", "the fifth last day of May". Ordinals are ICU's
 * spell-out rules, weekday, month and field names CLDR's, the words for "last" and those for "first" that ICU leaves
 * out ours ({@code last-words.tsv}, {@code first-words.tsv}); in Slavic languages the month may follow in the genitive
 * ("trzeci wtorek września"). Other languages order the three otherwise (see {@link Order}). A week belongs to the
 * month or year that holds its Thursday, as ISO 8601 weeks do; a month without a year is the one of the reference's
 * year.
 */
final class OrdinalDays {

    private static final int MAX_ORDINAL = 5;
    private static final int LAST = -1;
    private static final Map<String, List<String>> LAST_WORDS =
            DataFiles.foldedWordsByLanguage(OrdinalDays.class, "last-words.tsv");
    private static final Map<String, List<String>> FIRST_WORDS =
            DataFiles.foldedWordsByLanguage(OrdinalDays.class, "first-words.tsv");
    /** What a digit may carry to make it an ordinal: "3rd", "3e", "3eme", "3º", "3η", "1-ლი", "3.", "3'üncü". */
    static final String SUFFIX = "(?:st|nd|rd|th|eme|e|er|de|ste|o|a|η|º|°|-ლი|\\.|'?[iıu]?nc[iıu])";
    /**
     * One short word between the day and its month or year ("of", "in", "du", "του", "d'", "dell'"), or one or two
     * around the name of the month field, here %1$s ("del mese di", "du mois d'", "من شهر"); none where a month's
     * name, here %2$s, begins (Arabic "شهر عشرة", month ten).
     */
    private static final String CONNECTOR = "\\s+(?:(?!%2$s)\\p{L}{1,5}\\s+(?:(?!%2$s)(?:%1$s)\\s+"
            + "(?:(?!%2$s)\\p{L}{1,5}\\s+|\\p{L}['’])?)?|\\p{L}{1,4}['’])";
    /**
     * Languages that put a month in the genitive right after the day, with no word between: Polish "pierwszy wtorek
     * października", Russian "первый вторник октября".
     */
    private static final Set<String> GENITIVE_MONTH = Set.of("pl", "cs", "sk", "ru", "uk", "be", "hr");
    /** Prepositions written as a prefix of the month they govern: Arabic "بأيلول", "بشهر عشرة" (in September). */
    private static final Map<String, String> PREFIXED_PREPOSITIONS = Map.of("ar", "ب");
    private static final Map<String, List<String>> YEAR_PREPOSITIONS =
            DataFiles.foldedWordsByLanguage(OrdinalDays.class, "year-prepositions.tsv");
    /**
     * The genitive postpositions of languages that name the period first and its n-th day, weekday or week after it:
     * Hindi "2015 का पहला सप्ताह" (the first week of 2015), "अगले महीने का दूसरा सोमवार" (next month's second Monday).
     */
    static final Map<String, String> GENITIVES_BEFORE_DAY = Map.of("hi", "के|की|का");
    /**
     * Languages whose ordinal follows its noun with the noun's article as a prefix, and whose month may then carry its
     * preposition as one: Hebrew "יום ראשון השני במאי" (the second Sunday of May).
     */
    private static final Set<String> ARTICLED_ORDINALS = Set.of("he");

    /** Where the ordinal stands beside its day or week and the month that holds it. */
    private enum Order {
        /** "the third Tuesday of September". */
        ORDINAL_FIRST,
        /**
         * Arabic "الثلاثاء الثالث من أيلول" (the Tuesday, the third, of September) beside "ثالث ثلاثاء"; Hebrew "יום שני
         * האחרון של מרץ" (the last Monday of March), its ordinals with the noun's article, the month with its
         * preposition as a prefix ("במאי"); Vietnamese "ngày đầu tiên của tháng 3" (the first day of March).
         */
        UNIT_FIRST,
        /** Georgian "სექტემბრის მესამე სამშაბათი" (September's third Tuesday). */
        MONTH_FIRST,
        /** Hindi "2015 का पहला सप्ताह": the month or year, a genitive postposition, then the n-th day. */
        PERIOD_GENITIVE,
        /** Turkish "ekimin birinci salısı", "2015'in ilk haftası": the period in the genitive, the day possessed. */
        PERIOD_POSSESSIVE
    }

    private static final Map<String, List<Order>> ORDERS = Map.of(
            "ar", List.of(Order.ORDINAL_FIRST, Order.UNIT_FIRST),
            "ka", List.of(Order.ORDINAL_FIRST, Order.MONTH_FIRST),
            "he", List.of(Order.UNIT_FIRST),
            "vi", List.of(Order.UNIT_FIRST),
            "hi", List.of(Order.PERIOD_GENITIVE),
            "tr", List.of(Order.PERIOD_POSSESSIVE));

    private OrdinalDays() {
    }

    static List<DateRule> rules(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        String code = locale.getLanguage();
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, MAX_ORDINAL));
        boolean ordinalAfter = ARTICLED_ORDINALS.contains(code);
        if (ordinalAfter) {
            String article = MonthNames.article(code);
            Map.copyOf(ordinals).forEach((word, n) -> ordinals.put(article + word, n));
        }
        List<String> lastWords = lastWords(locale);
        lastWords.forEach(word -> ordinals.put(word, LAST));
        firstWords(locale).forEach(word -> ordinals.put(word, 1));
        if (ordinals.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> ordinalForms = ArabicArticle.withAndWithout(code, ordinals);
        // a weekday that is an ordinal too (Greek "Τρίτη") is the weekday after an ordinal: "πρώτη Τρίτη"
        Map<String, DayOfWeek> weekdays = ArabicArticle.withAndWithout(code, Weekdays.names(locale));
        DateTimePatternGenerator fields = DateTimePatternGenerator.getInstance(locale);
        Map<String, ChronoUnit> units = ArabicArticle.withAndWithout(code, RelativeSpans.unitNames(locale));
        Set<String> weekNames = unitNames(fields, DateTimePatternGenerator.WEEK_OF_YEAR, units, ChronoUnit.WEEKS);
        Set<String> dayNames = unitNames(fields, DateTimePatternGenerator.DAY, units, ChronoUnit.DAYS);
        String week = anyOf(weekNames);
        String day = anyOf(dayNames);
        String fromEnd = lastWords.isEmpty() ? "" : "(?:\\s+(?<fromEnd>" + Alternation.of(lastWords) + "))?";
        String ordinal = "(?:" + RuleBasedDateExtractor.DAY_ORDINAL_PREFIX + "(?<n>[1-5])(?:" + SUFFIX + "|(?<="
                + RuleBasedDateExtractor.ORDINAL_PREFIX + "[1-5]))|(?<ordinal>"
                + Alternation.of(ordinalForms.keySet()) + "))" + fromEnd;
        Set<String> monthFields = ArabicArticle.withAndWithout(code, Map.of(TextFolding.fold(
                fields.getFieldDisplayName(DateTimePatternGenerator.MONTH, DateTimePatternGenerator.DisplayWidth.WIDE)),
                0)).keySet();
        // the endings would make "mon" (Monday) the word "month": "the third month of 2021" is OrdinalMonths'; Arabic
        // may name the weekday as its day: "ثالث يوم ثلاثاء" (the third Tuesday)
        String unit = "(?!(?:" + Alternation.of(monthFields) + ")(?![\\p{L}\\p{N}]))(?:(?:" + day
                + "\\s+)?(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + ")|" + day
                + ")\\p{L}{0,2}";
        String connector = "(?!\\s+(?:" + months.alternation() + ")\\s)"
                + CONNECTOR.formatted(Alternation.of(monthFields),
                        "(?:" + months.alternation() + ")(?![\\p{L}\\p{N}])");
        // what may join the unit to a month with no word between: nothing, or a preposition written as its prefix
        String joining = GENITIVE_MONTH.contains(code) || ordinalAfter ? "" : PREFIXED_PREPOSITIONS.get(code);
        if (joining != null) {
            connector = "(?:\\s+" + joining + "(?=(?:" + months.alternation() + ")(?![\\p{L}\\p{N}]))|"
                    + connector + ")";
        }
        String year = "(?:(?:of|de|del|του" + YEAR_PREPOSITIONS.getOrDefault(code, List.of()).stream()
                .map(word -> "|" + Pattern.quote(word)).collect(Collectors.joining()) + ")\\s+)?";
        String monthOrYear = "(?:(?<month>" + months.alternation() + ")(?![\\p{L}\\p{N}])"
                + "(?:\\.?,?\\s+" + year + "(?<year>[12]\\d{3}))?|" + year + "(?<wholeYear>[12]\\d{3})"
                // "the first Monday of the month" closing its clause; "du mois prochain" is DaysOfMonths'
                + "|(?:the\\s+)?(?<thisMonth>" + Alternation.of(monthFields) + ")(?![\\p{L}\\p{N}])(?!\\s+\\p{L}))";
        String notNumberAfter = RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        Start ordinalStart = Start.words(ordinalForms.keySet(), List.of(RuleBasedDateExtractor.ORDINAL_PREFIX))
                .orDigit();
        List<DateRule> rules = new ArrayList<>();
        for (Order order : ORDERS.getOrDefault(code, List.of(Order.ORDINAL_FIRST))) {
            String regex = "(?<![\\p{L}\\p{N}])" + switch (order) {
                case ORDINAL_FIRST -> ordinal + "\\s+" + unit + connector + monthOrYear + notNumberAfter;
                case UNIT_FIRST -> unit + "\\s+" + ordinal + connector + monthOrYear + notNumberAfter;
                // the groups of the year, which the resolver reads, are never set in this order
                case MONTH_FIRST -> "(?<wholeYear>(?!))?(?<year>(?!))?(?<thisMonth>(?!))?(?<month>"
                        + months.alternation() + ")\\s+"
                        + ordinal + "\\s+" + unit + "(?![\\p{L}\\p{N}])";
                case PERIOD_GENITIVE -> monthOrYear + "\\s+(?:" + GENITIVES_BEFORE_DAY.get(code) + ")\\s+" + ordinal
                        + "\\s+" + unit + "(?![\\p{L}\\p{M}\\p{N}])";
                case PERIOD_POSSESSIVE -> "(?<thisMonth>(?!))?(?:(?<month>" + months.alternation()
                        + ")(?:\\s+(?<year>[12]\\d{3}))?"
                        + "|(?<wholeYear>[12]\\d{3}))(?:'\\p{L}{1,3})?\\s+" + ordinal + "\\s+" + unit
                        + "\\p{L}{0,3}(?![\\p{L}\\p{N}])";
            };
            Start start = switch (order) {
                case ORDINAL_FIRST -> ordinalStart;
                case UNIT_FIRST -> Start.words(dayNames, weekdays.keySet(), weekNames);
                case MONTH_FIRST -> Start.words(months.forms());
                case PERIOD_GENITIVE, PERIOD_POSSESSIVE -> Start.words(months.forms()).orDigit();
            };
            rules.add(DateRule.of(start, regex, (m, reference) -> {
                int nth = m.group("n") != null ? Integer.parseInt(m.group("n")) : ordinalForms.get(m.group("ordinal"));
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
        return rules;
    }

    /** The month or year the day is counted in. */
    private static Period period(Matcher m, MonthNames months, LocalDateTime reference) {
        if (m.group("wholeYear") != null) {
            int year = Integer.parseInt(m.group("wholeYear"));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (m.group("thisMonth") != null) {
            YearMonth month = YearMonth.from(reference);
            return new Period(month.atDay(1), month.atEndOfMonth());
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

    /** The n-th (with -1 the last) day of the year, or of its days that are {@code weekday} when it is set. */
    static Optional<LocalDate> nth(Year year, int n, DayOfWeek weekday) {
        return new Period(year.atDay(1), year.atMonth(12).atEndOfMonth()).nth(n, weekday);
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
        return anyOf(unitNames(fields, field, units, unit));
    }

    private static String anyOf(Set<String> names) {
        return "(?:" + Alternation.of(names) + ")";
    }

    /** The names {@link #unitName} matches, also where a rule's matches begin with them. */
    private static Set<String> unitNames(DateTimePatternGenerator fields, int field, Map<String, ChronoUnit> units,
                                         ChronoUnit unit) {
        Set<String> names = new HashSet<>();
        names.add(TextFolding.fold(fields.getFieldDisplayName(field, DateTimePatternGenerator.DisplayWidth.WIDE)));
        units.forEach((name, named) -> {
            if (named == unit) {
                names.add(name);
            }
        });
        return names;
    }

    /** Whether the language names the month or year before its n-th day or week ("ekimin birinci salısı"). */
    static boolean namesPeriodFirst(ULocale locale) {
        return ORDERS.getOrDefault(locale.getLanguage(), List.of()).contains(Order.PERIOD_POSSESSIVE);
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
