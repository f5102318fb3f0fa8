package dev.polychron.nlp.dates;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDateTime;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spans of whole units beside the reference date: "the next 3 weeks", "the past five days", "die letzten zwei
 * Jahre", "les 3 prochaines semaines", "3 ngày tới". Like Duckling and a TIMEX3 range, the span starts at the unit
 * after the reference's ("next 3 days" on a Tuesday: Wednesday to Friday) or ends at the unit before it. Arabic
 * names the unit first, with the article on unit and count alike: "الأسابيع الثلاثة القادمة" (the three coming weeks). Unit names
 * and counts in words come from CLDR, the words for "next" and "last" from {@code relative-spans.tsv}.
 */
final class RelativeSpans {

    private static final Map<Unit, ChronoUnit> UNITS = Map.of(
            new Unit(MeasureUnit.DAY, RelativeUnit.DAYS), ChronoUnit.DAYS,
            new Unit(MeasureUnit.WEEK, RelativeUnit.WEEKS), ChronoUnit.WEEKS,
            new Unit(MeasureUnit.MONTH, RelativeUnit.MONTHS), ChronoUnit.MONTHS,
            new Unit(MeasureUnit.YEAR, RelativeUnit.YEARS), ChronoUnit.YEARS);
    /** A word with the marks of its letters: Hindi "दिन" holds a vowel sign, which is no letter. */
    private static final Pattern WORD_AFTER_COUNT = Pattern.compile("[\\s\\p{Z}]*([\\p{L}\\p{M}]+)");
    /** Counts whose plural categories cover those of every language. */
    private static final int[] SAMPLE_COUNTS = {1, 2, 3, 5, 11, 21, 100};
    /** Counts whose plural forms are those of many in every language (Russian "5 лет", not "2 года", "21 год"). */
    private static final int[] COUNTS_OF_MANY = {5, 11};
    private static final int MAX_SPELLED_COUNT = 31;
    private static final String DIGITS = "[0-9]{1,3}";
    private static final Map<String, ChronoUnit> UNIT_WORD_UNITS = Map.of("day", ChronoUnit.DAYS,
            "week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS,
            "decade", ChronoUnit.DECADES);
    /** The units a span counts unless its words name others: a decade is counted only from the reference. */
    private static final Set<ChronoUnit> SPAN_UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
            ChronoUnit.YEARS);
    private static final String VERB = "verb";
    private static final List<String[]> ROWS = DataFiles.lines(RelativeSpans.class, "relative-spans.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final List<Words> WORDS = ROWS.stream().filter(columns -> !columns[1].equals(VERB))
            .map(Words::parse).toList();
    /** Per language, the words that are verbs after the words listed with them ("expected to last six weeks"). */
    private static final Map<String, Map<String, List<String>>> VERBS = ROWS.stream()
            .filter(columns -> columns[1].equals(VERB))
            .collect(Collectors.groupingBy(columns -> columns[0],
                    Collectors.toMap(columns -> TextFolding.fold(columns[2]),
                            columns -> Stream.of(columns[3].split("\\|")).map(TextFolding::fold).toList())));
    private static final List<String[]> UNIT_WORDS = DataFiles.lines(RelativeSpans.class, "unit-words.tsv").stream()
            .map(line -> line.split("\t")).toList();

    /** A unit of time as CLDR names it in measures and in relative phrases. */
    private record Unit(MeasureUnit measure, RelativeUnit relative) {
    }

    /** The words of one language that say "next" or "last" at one place in the span, and the units they count. */
    private record Words(String language, boolean next, String where, List<String> forms, Set<ChronoUnit> units) {

        static Words parse(String[] columns) {
            Set<ChronoUnit> units = columns.length > 4 ? Stream.of(columns[4].split("\\|"))
                    .map(UNIT_WORD_UNITS::get).collect(Collectors.toSet()) : SPAN_UNITS;
            return new Words(columns[0], columns[1].equals("next"), columns[2], List.of(columns[3].split("\\|"))
                    .stream().map(TextFolding::fold).toList(), units);
        }
    }

    private RelativeSpans() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<Words> words = WORDS.stream().filter(w -> w.language().equals(locale.getLanguage())).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, ChronoUnit> units = ArabicArticle.withAndWithout(locale.getLanguage(), unitNames(locale));
        Map<String, Integer> spelled = ArabicArticle.withAndWithout(locale.getLanguage(),
                SpelledNumbers.cardinals(locale, MAX_SPELLED_COUNT));
        String unit = "(?<unit>" + Alternation.of(units.keySet()) + ")";
        String count = "(?<count>" + DIGITS + (spelled.isEmpty() ? "" : "|" + Alternation.of(spelled.keySet())) + ")";
        boolean unspaced = DateRanges.UNSPACED.contains(locale.getLanguage());
        String space = unspaced ? "\\s*" : "\\s+";
        String wordStart = unspaced ? "" : "(?<![\\p{L}\\p{N}])";
        String wordEnd = unspaced ? "" : "(?![\\p{L}\\p{N}])";
        List<DateRule> rules = new ArrayList<>();
        for (String where : List.of("before", "between", "after", "unit-first")) {
            Map<String, Words> next = new HashMap<>();
            words.stream().filter(w -> w.where().equals(where))
                    .forEach(w -> w.forms().forEach(form -> next.put(form, w)));
            if (next.isEmpty()) {
                continue;
            }
            String direction = "(?<direction>" + directionWords(next.keySet(),
                    VERBS.getOrDefault(locale.getLanguage(), Map.of())) + ")";
            // a count stands against its unit where digits do ("지난 3년", "上两周")
            String regex = switch (where) {
                // Chinese "前221年" is 221 BC ({@link EraYears}): hundreds of years back are no span
                case "before" -> direction + space + (unspaced ? count.replace(DIGITS, "[0-9]{1,2}(?![0-9])") : count)
                        + "\\s*" + unit;
                case "between" -> count + space + direction + space + unit;
                case "unit-first" -> unit + space + count + space + direction;
                default -> count + "\\s*" + unit + space + direction;
            };
            Start start = unspaced ? Start.ANYWHERE : switch (where) {
                case "before" -> Start.words(next.keySet());
                case "unit-first" -> Start.words(units.keySet());
                default -> Start.words(spelled.keySet()).orDigit();
            };
            rules.add(DateRule.of(start, wordStart + regex + wordEnd,
                    (m, reference) -> span(m, reference, next, units, spelled)));
        }
        return rules;
    }

    /** The words for "next" or "last", those that are verbs after some words ({@code verbs}) not after them. */
    private static String directionWords(Set<String> words, Map<String, List<String>> verbs) {
        Set<String> plain = new HashSet<>(words);
        plain.removeAll(verbs.keySet());
        Stream<String> guarded = verbs.keySet().stream().filter(words::contains)
                .map(verb -> "(?<!(?<![\\p{L}\\p{N}])(?:" + Alternation.of(verbs.get(verb)) + ")\\s{1,3})"
                        + Pattern.quote(verb));
        return Stream.concat(guarded, plain.isEmpty() ? Stream.empty() : Stream.of(Alternation.of(plain)))
                .collect(Collectors.joining("|"));
    }

    private static Optional<ResolvedDate> span(Matcher m, LocalDateTime reference, Map<String, Words> next,
                                               Map<String, ChronoUnit> units, Map<String, Integer> spelled) {
        String written = m.group("count");
        int count = written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written) : spelled.get(written);
        ChronoUnit unit = units.get(m.group("unit"));
        Words direction = next.get(m.group("direction"));
        if (count < 2 || !direction.units().contains(unit)) {
            return Optional.empty();
        }
        return Optional.of(direction.next() ? CalendarUnits.span(reference, unit, 1, count)
                : CalendarUnits.span(reference, unit, -count, -1));
    }

    /**
     * CLDR's full names of the units as they follow a count, in every plural form and in the cases its relative
     * phrases use ("3 days"; "3 Tage", "in 3 Monaten"; "3 дня", "3 дней"), and the everyday ones of
     * {@code unit-words.tsv}, folded.
     */
    static Map<String, ChronoUnit> unitNames(ULocale locale) {
        return withEverydayNames(cldrUnitNames(locale, SAMPLE_COUNTS), locale);
    }

    /**
     * CLDR's names of the units after the count one, folded ("1 неделю назад", "1 tydzień temu"): what a unit said
     * without a count counts, where the other forms count many ("много лет тому назад", many years ago).
     */
    static Map<String, ChronoUnit> unitNamesOfOne(ULocale locale) {
        return cldrUnitNames(locale, new int[] {1});
    }

    /**
     * CLDR's names of years after counts of many ("5 years", "vor 5 Jahren", "5 лет") and the everyday ones of
     * {@code unit-words.tsv} ("5 χρόνια"), folded: not CLDR's forms that also follow a year ("2014 года"); nor the
     * names of months and days, which follow it where the year comes first ("năm 1945 tháng 8").
     */
    static Set<String> yearNamesOfMany(ULocale locale) {
        return withEverydayNames(cldrUnitNames(locale, COUNTS_OF_MANY), locale).entrySet().stream()
                .filter(name -> name.getValue() == ChronoUnit.YEARS).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** {@code names} with the everyday names of {@code unit-words.tsv} that they lack. */
    private static Map<String, ChronoUnit> withEverydayNames(Map<String, ChronoUnit> names, ULocale locale) {
        UNIT_WORDS.stream().filter(columns -> columns[0].equals(locale.getLanguage())).forEach(columns -> {
            for (String word : columns[2].split("\\|")) {
                names.putIfAbsent(TextFolding.fold(word), UNIT_WORD_UNITS.get(columns[1]));
            }
        });
        return names;
    }

    private static Map<String, ChronoUnit> cldrUnitNames(ULocale locale, int[] counts) {
        MeasureFormat measures = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
        RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(locale);
        NumberFormat numbers = NumberFormat.getInstance(locale);
        Map<String, ChronoUnit> names = new HashMap<>();
        UNITS.forEach((unit, chrono) -> {
            for (int n : counts) {
                String count = TextFolding.fold(numbers.format(n));
                for (String phrase : List.of(measures.format(new Measure(n, unit.measure())),
                        relative.format(n, Direction.NEXT, unit.relative()),
                        relative.format(n, Direction.LAST, unit.relative()))) {
                    wordAfterCount(phrase, count).ifPresent(word -> names.putIfAbsent(word, chrono));
                }
            }
        });
        return names;
    }

    /**
     * CLDR's names of quarters as they follow a count in its relative phrases ("in 3 quarters", "in 1 quarter"),
     * folded: counted phrases count quarters too ("2 upcoming quarters"), spans do not.
     */
    static Set<String> quarterNames(ULocale locale) {
        RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(locale);
        NumberFormat numbers = NumberFormat.getInstance(locale);
        Set<String> names = new HashSet<>();
        for (int n : SAMPLE_COUNTS) {
            String count = TextFolding.fold(numbers.format(n));
            for (Direction direction : List.of(Direction.NEXT, Direction.LAST)) {
                wordAfterCount(relative.format(n, direction, RelativeUnit.QUARTERS), count).ifPresent(names::add);
            }
        }
        return names;
    }

    private static Optional<String> wordAfterCount(String phrase, String count) {
        String folded = TextFolding.fold(phrase);
        int at = folded.indexOf(count);
        Matcher word = WORD_AFTER_COUNT.matcher(folded);
        return at >= 0 && word.region(at + count.length(), folded.length()).lookingAt()
                ? Optional.of(word.group(1)) : Optional.empty();
    }
}
