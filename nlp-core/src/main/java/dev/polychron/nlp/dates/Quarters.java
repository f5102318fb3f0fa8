package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Quarters of a year: "Q3 2014", "2014 Q3", "18Q4", "3rd quarter of 2014", "the third quarter", "il quarto trimestre
 * 2018", "fjerde kvartal", "в третьем квартале", "quý 3 năm 2017", "2012 წლის მეოთხე კვარტალში"; TIMEX3
 * "2014-Q3". The quarter's name is CLDR's name of the field, the ordinals are ICU's spell-out rules; without a year,
 * the reference's year is meant. Also half-years as reports write them, "H1 2016", "2016-H2", "2017年上半年", "6
 * tháng đầu năm 2022", "2024'ün ilk yarısında": the range of their months. And fiscal years as reports shorten them,
 * "FY2016", the year. English "Q3" alone, after a word that puts it in time ("in Q3"), is the reference year's, or
 * the one before or after where the tense puts it ({@link TensedYears}).
 */
final class Quarters {

    private static final int QUARTERS = 4;
    private static final int MONTHS_IN_HALF = 6;
    private static final Map<String, List<String>> HALF_WORDS =
            DataFiles.foldedWordsByLanguage(Quarters.class, "half-words.tsv");
    private static final Map<String, Map<String, HalfWord>> YEAR_HALVES = yearHalves();
    private static final Map<String, List<String>> YEAR_SO_FAR_WORDS =
            DataFiles.foldedWordsByLanguage(Quarters.class, "year-so-far-words.tsv");
    /** "một" to "bốn": Vietnamese counts its quarters with cardinals. */
    private static final Map<String, Integer> VIETNAMESE_CARDINALS =
            SpelledNumbers.cardinals(ULocale.forLanguageTag("vi"), QUARTERS);
    /**
     * Vietnamese halves, as the six first or last months of the year or its first or last half: "6 tháng đầu năm
     * 2022", "sáu tháng cuối năm", "nửa đầu năm nay", and so other counts of first or last months ("9 tháng đầu
     * năm"); by the word for the part (đầu, first; cuối, last; sau, latter, only after "nửa"), folded (which keeps
     * "đ").
     */
    private static final Map<String, Integer> VIETNAMESE_HALVES = Map.of("đau", 1, "dau", 1, "cuoi", 2, "sau", 2);
    private static final int MONTHS_IN_YEAR = 12;
    /** Where a Vietnamese count of first or last months may begin: "2" to "11" months, "sáu" (six), "nửa" (half). */
    private static final List<String> VIETNAMESE_MONTH_COUNT_WORDS = List.of("2", "3", "4", "5", "6", "7", "8", "9",
            "10", "11", "sau", "nua");
    /** The Vietnamese words after "năm" (year) for this year and the last, folded: "năm nay", "năm ngoái". */
    private static final Map<String, Integer> VIETNAMESE_RELATIVE_YEARS = Map.of("nay", 0, "ngoai", -1);
    /**
     * Greek ordinals written as numeral letters with a keraia, folded (it folds to an apostrophe, a modifier prime or
     * stays a tonos): "α' τρίμηνο", "β΄ εξάμηνο του 2024" (the first quarter, the second half).
     */
    private static final Map<String, Integer> GREEK_LETTER_ORDINALS = greekLetterOrdinals();
    /** The Turkish words for the first and second half after a year, folded: "2024'ün ilk yarısında". */
    private static final Map<String, Integer> TURKISH_HALVES = Map.of("ilk", 1, "birinci", 1, "ikinci", 2);
    /** Languages that write the year first and the quarter after it. */
    private static final Set<String> YEAR_FIRST = Set.of("zh", "ja", "ko");
    /**
     * Cases of the quarter's name that CLDR, naming the field in one case only, leaves out, and everyday names it
     * leaves out (Croatian "tromjesečje" beside "kvartal"), folded.
     */
    private static final List<String> INFLECTED = List.of("квартал[а-яі]{1,2}", "τριμηνου", "kwartale",
            "kvartalet", "tromjesecj[eau]", "კვარტალ(?:ში|ის|ს)");
    /** Ordinal endings after a digit: "3rd", "4e", "3ο", "3-й", Polish "4ty", "2gi". */
    private static final String SUFFIX = "(?:st|nd|rd|th|tes|ten|de|ste|e|er|eme|o|ο|:e|-?й|-?го|-?(?:szy|gi|ci|ty)"
            + "|\\.)";
    /** The words between a quarter or half and its year: "of", "du", "του", "van", "a anului", "roku", "nam". */
    private static final String JOINERS = "(?:of|de|del|du|do|di|του|van|a anului|roku|nam)";
    private static final String YEAR = "(?:,?\\s+(?:" + JOINERS + "\\s+)?" + RuleBasedDateExtractor.YEAR + ")";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String YEAR_AFTER = YEAR + "?" + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
    /**
     * A decade's mark after the year, folded: "the second half of the 1990s", "во второй половине 1990-х годов" are
     * halves of a decade ({@link PartsBefore}), not of its first year.
     */
    private static final String NOT_DECADE = "(?!['’]?s\\b|er\\b|-(?:е|х|ые|ых|ті|те)(?!\\p{L}))";
    /** Greek "τρίμηνο" is also a trimester: "το α' τρίμηνο της εγκυμοσύνης" (of pregnancy) is none of a year. */
    private static final String NOT_OF_PREGNANCY = "(?!\\s+της\\s+(?:εγκυμοσυνης|κυησης)\\b)";

    private Quarters() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, QUARTERS));
        if (locale.getLanguage().equals("el")) {
            ordinals.putAll(GREEK_LETTER_ORDINALS);
        }
        String quarter = Alternation.of(names(locale)) + "|" + String.join("|", INFLECTED);
        List<DateRule> rules = new ArrayList<>(List.of(
                DateRule.of(Start.words(List.of("q")), "\\bq(?<q>[1-4])\\s*" + RuleBasedDateExtractor.YEAR + "\\b",
                        Quarters::quarter),
                DateRule.of(Start.FOUR_DIGITS, "\\b" + RuleBasedDateExtractor.YEAR + "\\s*-?\\s*q(?<q>[1-4])\\b",
                        Quarters::quarter),
                // as reports shorten it: "18Q4"
                DateRule.of(Start.DAY, "\\b(?<year>\\d{2})q(?<q>[1-4])\\b", Quarters::quarter),
                // a fiscal year as reports shorten it: "FY2016", "FY 2016", "FY16"
                DateRule.of(Start.words(List.of("fy")), "\\bfy\\s?(?<year>[12]\\d{3}|\\d{2})"
                        + RuleBasedDateExtractor.NOT_NUMBER_AFTER, (m, reference) -> Optional.of(
                                ResolvedDate.of(year(m, reference), Granularity.YEAR))),
                vietnamese(),
                vietnameseHalf(),
                turkishHalf(),
                DateRule.of(Start.words(List.of("h")), "\\bh(?<half>[12])\\s*-?\\s*" + RuleBasedDateExtractor.YEAR
                        + "\\b", Quarters::half),
                DateRule.of(Start.FOUR_DIGITS, "\\b" + RuleBasedDateExtractor.YEAR + "\\s*-?\\s*h(?<half>[12])\\b",
                        Quarters::half)));
        // a bare digit is a count as often as an ordinal ("за 3 квартала"): only a year after it makes it a quarter
        rules.add(DateRule.of(Start.DIGIT, "\\b(?<q>[1-4])" + SUFFIX + "?\\s+(?:" + quarter + ")" + WORD_END + YEAR
                + RuleBasedDateExtractor.NOT_NUMBER_AFTER, Quarters::quarter));
        String ordinal = "(?<q>[1-4])" + SUFFIX + (ordinals.isEmpty() ? ""
                : "|(?<word>" + Alternation.of(ordinals.keySet()) + ")");
        rules.add(DateRule.of(Start.words(ordinals.keySet()).orDigit(),
                "\\b(?:" + ordinal + ")\\s+(?:" + quarter + ")" + WORD_END + NOT_OF_PREGNANCY + YEAR_AFTER,
                (m, reference) -> quarter(m, reference, ordinals)));
        rules.add(DateRule.of(Start.DIGIT, RuleBasedDateExtractor.YEAR_FIRST + "(?:" + ordinal + ")\\s+(?:" + quarter
                + ")" + WORD_END, (m, reference) -> quarter(m, reference, ordinals)).requiring("წლის"));
        List<String> halves = HALF_WORDS.getOrDefault(locale.getLanguage(), List.of());
        if (!halves.isEmpty()) {
            Map<String, Integer> firstOrSecond = new HashMap<>(ordinals);
            firstOrSecond.values().removeIf(n -> n > 2);
            // the year right after, no comma: in "the second half, 2019 fans" the half is a match's
            String halfWord = "\\b(?:(?<half>[12])" + SUFFIX + "|(?<word>" + Alternation.of(firstOrSecond.keySet())
                    + "))\\s+(?:" + Alternation.of(halves) + ")" + WORD_END + "\\s+(?:" + JOINERS + "\\s+)?";
            Start halfStart = Start.words(firstOrSecond.keySet()).orDigit();
            rules.add(DateRule.of(halfStart, halfWord + RuleBasedDateExtractor.YEAR
                    + RuleBasedDateExtractor.NOT_NUMBER_AFTER + NOT_DECADE,
                    (m, reference) -> half(m, reference, firstOrSecond)));
            // "the second half of next year": CLDR's words for last, this and next year
            Map<String, Integer> relativeYears = new HashMap<>();
            HanYearDates.relativeYears(locale)
                    .forEach((words, away) -> relativeYears.put(TextFolding.fold(words), away));
            rules.add(DateRule.of(halfStart, halfWord + "(?<relative>" + Alternation.of(relativeYears.keySet()) + ")"
                    + WORD_END, (m, reference) -> Optional.of(halfYear(String.valueOf(reference.getYear()
                            + relativeYears.get(m.group("relative"))), halfNumber(m, firstOrSecond)))));
        }
        if (YEAR_FIRST.contains(locale.getLanguage())) {
            rules.add(yearFirst(locale, quarter));
        }
        if (YEAR_HALVES.containsKey(locale.getLanguage())) {
            rules.add(halfAfterYear(locale, YEAR_HALVES.get(locale.getLanguage())));
        }
        if (locale.getLanguage().equals("en")) {
            // "Q3" alone is a car's or a phone's name too ("the Audi Q3"): only after a word that puts it in time
            rules.add(DateRule.of(Start.words(List.of("q")), "(?<=\\b(?:in|for|during|by|until|since)\\s)q(?<q>[1-4])"
                    + "\\b(?![\\s-]*\\p{N})", (m, reference) -> Optional.of(ResolvedDate.of(
                            reference.getYear() + "-Q" + m.group("q"), Granularity.QUARTER).yearless())));
        }
        List<String> last = OrdinalDays.lastWords(locale);
        if (!last.isEmpty()) {
            // "the last quarter of 2015" is its fourth; without a year, "last quarter" is the one before this one
            rules.add(DateRule.of(Start.words(last), "\\b(?:" + Alternation.of(last) + ")\\s+(?:" + quarter + ")"
                    + WORD_END + YEAR + RuleBasedDateExtractor.NOT_NUMBER_AFTER,
                    (m, reference) -> Optional.of(ResolvedDate.of(m.group("year") + "-Q" + QUARTERS,
                            Granularity.QUARTER))));
        }
        return rules;
    }

    /**
     * Vietnamese "quý 3", "quý III/2016", "quý ba", "quý 4 của năm 2018": the count a digit, a Roman numeral in
     * capitals or a cardinal. A spelled one only after "quý" in lower case and closing its clause or before its year,
     * as "Quý" is a given name too and "quý" also precious: "Anh Quý hai lần...", "đá quý ba màu".
     */
    private static DateRule vietnamese() {
        String year = "(?:(?:,?\\s+(?:(?:cua\\s+)?nam\\s+)?|\\s*/\\s*)" + RuleBasedDateExtractor.YEAR + ")?"
                + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        String spelled = "(?<word>" + Alternation.of(VIETNAMESE_CARDINALS.keySet())
                + ")(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:(?:cua\\s+)?nam\\s+)?[12]\\d{3})";
        return DateRule.of(Start.words(List.of("quy")),
                "\\bquy\\s+(?:(?<q>[1-4])|(?<roman>iv|iii|ii|i)(?![\\p{L}\\p{N}])|" + spelled + ")" + year,
                (m, reference) -> {
                    int number = m.group("q") != null ? Integer.parseInt(m.group("q"))
                            : m.group("roman") != null ? RomanNumerals.parse(m.group("roman"))
                            : VIETNAMESE_CARDINALS.get(m.group("word"));
                    return Optional.of(ResolvedDate.of(year(m, reference) + "-Q" + number, Granularity.QUARTER));
                })
                .writtenAs((text, m) -> m.group("word") != null ? Character.isLowerCase(text.charAt(m.start()))
                        : m.group("roman") == null
                        || text.substring(m.start("roman"), m.end("roman")).chars().allMatch(Character::isUpperCase))
                .requiring("quy");
    }

    /**
     * A Vietnamese half-year ({@link #VIETNAMESE_HALVES}), in the year written, this year or last, or without one
     * the reference's: "6 tháng đầu năm 2022", "sáu tháng cuối năm ngoái", "nửa đầu năm". Not "sau" (after) for six,
     * nor for the latter part but after "nửa" ("6 tháng sau năm đó", six months after that year); nor the year of a
     * school or budget ("năm học", "năm tài chính", "năm ngân sách"), which is no calendar year.
     */
    private static DateRule vietnameseHalf() {
        return DateRule.of(Start.words(VIETNAMESE_MONTH_COUNT_WORDS),
                "\\b(?:(?:(?<count>[2-9]|1[01])|(?<six>sau))\\s+thang|(?<half>nua))"
                        + "\\s+(?<part>" + Alternation.of(VIETNAMESE_HALVES.keySet()) + ")\\s+(?:cua\\s+)?nam"
                        + "(?!\\s+(?:hoc|tai chinh|ngan sach)\\b)(?:\\s+(?:"
                        + RuleBasedDateExtractor.YEAR + "|(?<relative>" + Alternation.of(VIETNAMESE_RELATIVE_YEARS
                        .keySet()) + "))\\b)?" + RuleBasedDateExtractor.NOT_NUMBER_AFTER,
                (m, reference) -> Optional.of(firstOrLastMonths(m.group("relative") == null ? year(m, reference)
                                : String.valueOf(reference.getYear() + VIETNAMESE_RELATIVE_YEARS.get(m.group("relative"))),
                        VIETNAMESE_HALVES.get(m.group("part")),
                        m.group("count") == null ? MONTHS_IN_HALF : Integer.parseInt(m.group("count")))))
                .writtenAs((text, m) -> (m.group("half") != null || !m.group("part").equals("sau"))
                        && (m.group("six") == null || !text.substring(m.start("six"), m.end("six"))
                        .equalsIgnoreCase("sau")))
                .requiring("nam");
    }

    /**
     * A Turkish half after its year in the genitive, with its suffix or the word for year: "2024'ün ilk yarısında",
     * "2019'un ikinci yarısı", "2020 yılının ilk yarısında".
     */
    private static DateRule turkishHalf() {
        return DateRule.of(Start.DIGIT, "(?<![\\p{N}.,])" + RuleBasedDateExtractor.YEAR
                        + "(?:'n?[iıu]n|\\s+yılının|\\s+yilinin)\\s+(?<part>" + Alternation.of(TURKISH_HALVES.keySet())
                        + ")\\s+yar[ıi]s[ıi]\\p{L}*",
                (m, reference) -> Optional.of(halfYear(m.group("year"), TURKISH_HALVES.get(m.group("part")))))
                .requiring("yar");
    }

    /**
     * A quarter after its year, or alone, in Chinese, Japanese and Korean: "2016年の第3四半期", "今年第一季度", "2018년
     * 4분기", "올해 3사분기" (Korean also names the quarter "사분기", a fourth), the number in digits or Han or Hangul
     * numerals; the year in digits or as CLDR's word for this, last or next year. After a word of {@code
     * year-so-far-words.tsv}, the quarters of the year up to that one: "前三季度" is 2013-Q1 to 2013-Q3.
     */
    private static DateRule yearFirst(ULocale locale, String quarter) {
        Map<String, Integer> relativeYears = HanYearDates.relativeYears(locale);
        Map<String, Integer> numerals = SpelledNumbers.cardinals(locale, QUARTERS);
        List<String> soFar = YEAR_SO_FAR_WORDS.getOrDefault(locale.getLanguage(), List.of());
        String soFarWords = soFar.isEmpty() ? "(?!)" : Alternation.of(soFar);
        String regex = "(?:(?:(?<![0-9])" + RuleBasedDateExtractor.YEAR + "\\s*[年년]|(?<relative>"
                + Alternation.of(relativeYears.keySet()) + "))\\s*[の的]?\\s*)?(?:第|(?<soFar>" + soFarWords
                + "))?(?<q>[1-4]|" + Alternation.of(numerals.keySet()) + ")\\s*사?(?:" + quarter + ")";
        Start start = DateRanges.UNSPACED.contains(locale.getLanguage()) ? Start.ANYWHERE : Start.WORD;
        return DateRule.of(start, regex, (m, reference) -> {
            int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : reference.getYear() + relativeYears.getOrDefault(m.group("relative"), 0);
            int number = SpelledNumbers.value(m.group("q"), numerals);
            if (m.group("soFar") == null) {
                return Optional.of(ResolvedDate.of(year + "-Q" + number, Granularity.QUARTER));
            }
            // "前一季度" is rather the quarter before this one
            return number == 1 ? Optional.empty()
                    : Optional.of(new ResolvedDate(year + "-Q1", Granularity.QUARTER, null, year + "-Q" + number));
        });
    }

    /**
     * A half-year after its year, or alone as this year's: "2017年上半年", "二〇一七年下半年", "去年上半年", "2019년
     * 상반기", "2018年の前半", as the range of its six months.
     */
    private static DateRule halfAfterYear(ULocale locale, Map<String, HalfWord> words) {
        Map<String, Integer> relativeYears = HanYearDates.relativeYears(locale);
        List<String> alone = words.entrySet().stream().filter(word -> word.getValue().alone()).map(Map.Entry::getKey)
                .toList();
        String aloneWords = alone.isEmpty() ? "(?!)" : Alternation.of(alone);
        String regex = "(?:(?:(?<![0-9])" + RuleBasedDateExtractor.YEAR + "\\s*[年년]|" + HanYearDates.HAN_YEAR
                + "年|(?<relative>" + Alternation.of(relativeYears.keySet()) + "))\\s*[の的]?\\s*(?<word>"
                + Alternation.of(words.keySet()) + ")|(?<alone>" + aloneWords + "))";
        return DateRule.of(Start.ANYWHERE, regex, (m, reference) -> {
            int half = words.get(m.group("word") != null ? m.group("word") : m.group("alone")).half();
            return Optional.of(halfYear(String.valueOf(HanYearDates.year(m, reference, relativeYears)), half));
        });
    }

    private static Map<String, Integer> greekLetterOrdinals() {
        Map<String, Integer> ordinals = new HashMap<>();
        String letters = "αβγδ";
        for (int i = 0; i < letters.length(); i++) {
            for (String keraia : List.of("'", "\u02B9", "\u0384")) {
                ordinals.put(letters.charAt(i) + keraia, i + 1);
            }
        }
        return ordinals;
    }

    /** The words of year-halves.tsv by language, folded. */
    private static Map<String, Map<String, HalfWord>> yearHalves() {
        Map<String, Map<String, HalfWord>> byLanguage = new HashMap<>();
        for (String line : DataFiles.lines(Quarters.class, "year-halves.tsv")) {
            String[] columns = line.split("\t");
            Map<String, HalfWord> words = byLanguage.computeIfAbsent(columns[0], language -> new HashMap<>());
            for (int column = 2; column < columns.length; column++) {
                if (!columns[column].equals("-")) {
                    for (String word : columns[column].split("\\|")) {
                        words.put(TextFolding.fold(word), new HalfWord(Integer.parseInt(columns[1]), column == 2));
                    }
                }
            }
        }
        return byLanguage;
    }

    /** A word for the first or second half of a year; {@code alone}: it means this year's without a year before. */
    private record HalfWord(int half, boolean alone) {
    }

    /** CLDR's names of the quarter field, wide and abbreviated ("quarter", "qtr.", "Quartal", "τρίμηνο"). */
    private static Set<String> names(ULocale locale) {
        DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(locale);
        Set<String> names = new LinkedHashSet<>();
        for (DateTimePatternGenerator.DisplayWidth width : DateTimePatternGenerator.DisplayWidth.values()) {
            String name = TextFolding.fold(generator.getFieldDisplayName(DateTimePatternGenerator.QUARTER, width));
            names.add(name);
            names.add(name.replaceFirst("\\.$", ""));
        }
        return names;
    }

    /** A quarter; without its year the reference's, which the tense may move ({@link TensedYears}). */
    private static Optional<ResolvedDate> quarter(Matcher m, LocalDateTime reference, Map<String, Integer> ordinals) {
        int number = m.group("q") != null ? Integer.parseInt(m.group("q")) : ordinals.get(m.group("word"));
        ResolvedDate quarter = ResolvedDate.of(year(m, reference) + "-Q" + number, Granularity.QUARTER);
        return Optional.of(m.group("year") == null ? quarter.yearless() : quarter);
    }

    private static Optional<ResolvedDate> quarter(Matcher m, LocalDateTime reference) {
        return quarter(m, reference, Map.of());
    }

    private static Optional<ResolvedDate> half(Matcher m, LocalDateTime reference) {
        return half(m, reference, Map.of());
    }

    /** A half-year, "H1 2016", "the first half of 2019", as the range of its six months. */
    private static Optional<ResolvedDate> half(Matcher m, LocalDateTime reference, Map<String, Integer> ordinals) {
        return Optional.of(halfYear(year(m, reference), halfNumber(m, ordinals)));
    }

    /** Which half, 1 or 2, in digits or as an ordinal word. */
    private static int halfNumber(Matcher m, Map<String, Integer> ordinals) {
        return m.group("half") != null ? Integer.parseInt(m.group("half")) : ordinals.get(m.group("word"));
    }

    /** The first or second half of a year as the range of its six months: "2016-01" to "2016-06". */
    private static ResolvedDate halfYear(String year, int half) {
        return firstOrLastMonths(year, half, MONTHS_IN_HALF);
    }

    /** The {@code count} first months of the year for part 1, its last for part 2. */
    private static ResolvedDate firstOrLastMonths(String year, int part, int count) {
        int firstMonth = part == 1 ? 1 : MONTHS_IN_YEAR - count + 1;
        return new ResolvedDate(year + "-%02d".formatted(firstMonth), Granularity.MONTH, null,
                year + "-%02d".formatted(firstMonth + count - 1));
    }

    private static String year(Matcher m, LocalDateTime reference) {
        if (m.group("year") == null) {
            return String.valueOf(reference.getYear());
        }
        return m.group("year").length() == 2 ? String.valueOf(NumericDateRules.twoDigitYear(m, reference))
                : m.group("year");
    }
}
