package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Years marked with their era ("in 14 A.D.", "AD 79", "300 CE", "l'an 800 apr. J.-C.", "44 BC", "năm 43 TCN", "το 429
 * π.Χ."), which may have fewer than four digits: the mark makes the number a year. The marks are ours
 * ({@code era-words.tsv}); a one-word mark written in lower case needs its dots ("a.d."), as "ad" and "ce" are words
 * too. A year before the common era is ISO 8601's astronomical year, which {@code EventDate} reads: 429 BC is -0428.
 */
final class EraYears {

    private static final List<String[]> WORDS = DataFiles.lines(EraYears.class, "era-words.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final String YEAR = "(?<year>[1-9]\\d{0,3})";
    /** The first year of a range whose mark the last one carries: "2200–800 BC", "(2200-800 av. J.-C.)". */
    private static final String FIRST_YEAR = "(?:(?<first>[1-9]\\d{0,3})\\s*[-–—]\\s*)?";
    /** The word for "year" that Chinese, Japanese and Korean write after the number: "公元前221年", "기원전 57년". */
    private static final Map<String, String> YEAR_SUFFIX = Map.of("zh", "年", "ja", "年", "ko", "년");
    /** The word for "year" that Russian and Ukrainian write between the number and its era: "в 44 году до н. э.". */
    private static final String YEAR_WORD = "(?:\\s+(?:году|год|года|г\\.|року|рік|році|р\\.))?";
    /**
     * The word for "year" that makes three digits after it a year of the common era without a mark: Vietnamese "năm
     * 938" ("năm" is five too, but no count stands before digits); not fewer digits ("sinh viên năm 3", a third-year
     * student), nor before another era's mark ("năm 938 TCN"). Folded.
     */
    private static final Map<String, String> YEAR_WORDS_BEFORE = Map.of("vi", "nam");
    /**
     * Around "năm" and its digits, what makes them a count per year instead: "mỗi năm 500 người" (each year 500
     * people), "hàng năm 300 nghìn lượt khách" (every year 300 thousand visits). Folded.
     */
    private static final Map<String, String> COUNT_PER_YEAR = Map.of("vi",
            "(?<!\\b(?:moi|hang|ca|mot|vai|may|nhung|cac)\\s)");
    /**
     * Chinese writes a year before the common era with "前" alone too, as encyclopedias do in parentheses:
     * "秦始皇（前259年－前210年）", "前221年，秦统一六国"; only with three or four digits, as "前3年" is the first three years,
     * and not after "公元" or "西元", whose rows read the whole mark.
     */
    private static final Map<String, String> BARE_BEFORE_COMMON_ERA = Map.of("zh",
            "(?<![公西]元)前(?<year>[1-9]\\d{2,3})(?![.,]?\\p{N})年");
    private static final Map<String, String> COUNTED_AFTER = Map.of("vi",
            "(?!\\s*(?:%|(?:nguoi|nghin|ngan|trieu|ty|lan|luot|dong|tan|km|ha|chiec|con)(?![\\p{L}\\p{N}])))");

    private EraYears() {
    }

    static List<DateRule> rules(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        List<DateRule> rules = new ArrayList<>();
        for (String[] columns : WORDS) {
            if (!columns[0].equals(code)) {
                continue;
            }
            boolean beforeCommonEra = columns[2].equals("BCE");
            List<String> marks = Stream.of(columns[3].split("\\|")).map(TextFolding::fold).toList();
            String mark = "(?<mark>" + Alternation.of(marks) + ")";
            boolean before = columns[1].equals("before");
            // Chinese and Japanese write the mark inside a run of letters: "于公元前221年"
            boolean unspaced = DateRanges.UNSPACED.contains(code);
            String regex = before ? (unspaced ? "" : "(?<![\\p{L}\\p{N}])") + mark + "\\s*" + YEAR
                    + "(?![.,]?\\p{N})" + Pattern.quote(YEAR_SUFFIX.getOrDefault(code, ""))
                    : "(?<![\\p{L}\\p{N}.,])" + FIRST_YEAR + YEAR + YEAR_WORD + "\\s*" + mark + "(?![\\p{L}\\p{N}])";
            Start start = before ? (unspaced ? Start.ANYWHERE : Start.words(marks)) : Start.DIGIT;
            rules.add(DateRule.of(start, regex, (m, reference) -> yearOrRange(m, !before, beforeCommonEra))
                    .writtenAs(EraYears::writtenAsMark).requiringAny(marks));
        }
        String bare = BARE_BEFORE_COMMON_ERA.get(code);
        if (bare != null) {
            rules.add(DateRule.of(Start.ANYWHERE, bare, (m, reference) -> Optional.of(
                    ResolvedDate.of(year(Integer.parseInt(m.group("year")), true), Granularity.YEAR)))
                    .requiring("前"));
        }
        String yearWord = YEAR_WORDS_BEFORE.get(code);
        if (yearWord != null) {
            List<String> marksAfter = WORDS.stream().filter(columns -> columns[0].equals(code)
                    && columns[1].equals("after")).flatMap(columns -> Stream.of(columns[3].split("\\|")))
                    .map(TextFolding::fold).toList();
            String regex = "(?<![\\p{L}\\p{N}])" + COUNT_PER_YEAR.get(code) + yearWord
                    + "\\s+(?<year>[1-9]\\d{2})(?![.,]?\\p{N})" + COUNTED_AFTER.get(code) + "(?!\\s*(?:"
                    + Alternation.of(marksAfter) + ")(?![\\p{L}\\p{N}]))";
            rules.add(DateRule.of(Start.words(List.of(yearWord)), regex, (m, reference) -> Optional.of(
                    ResolvedDate.of(year(Integer.parseInt(m.group("year")), false), Granularity.YEAR))));
        }
        return rules;
    }

    /**
     * The year of a match, or where its mark comes after the years ({@code ranged}) the range of its two years, the
     * earlier one first however they are written: "2200–800 BC", "100–44 BC", "14–37 AD", "800–900 BC".
     */
    private static Optional<ResolvedDate> yearOrRange(Matcher m, boolean ranged, boolean beforeCommonEra) {
        int last = Integer.parseInt(m.group("year"));
        if (!ranged || m.group("first") == null || m.group("first").equals(m.group("year"))) {
            return Optional.of(ResolvedDate.of(year(last, beforeCommonEra), Granularity.YEAR));
        }
        int first = Integer.parseInt(m.group("first"));
        // before the common era the larger number is the earlier year
        int earlier = beforeCommonEra ? Math.max(first, last) : Math.min(first, last);
        int later = beforeCommonEra ? Math.min(first, last) : Math.max(first, last);
        return Optional.of(new ResolvedDate(year(earlier, beforeCommonEra), Granularity.YEAR, null,
                year(later, beforeCommonEra)));
    }

    /** The TIMEX3 year: "0079", or for 429 BC "-0428" (there is no year 0 between 1 BC and AD 1). */
    private static String year(int number, boolean beforeCommonEra) {
        return timexYear(beforeCommonEra ? 1 - number : number);
    }

    /** Every language's marks of the years before the common era, folded: "bc", "tcn", "π.χ.". */
    static List<String> marksBeforeCommonEra() {
        return WORDS.stream().filter(columns -> columns[2].equals("BCE"))
                .flatMap(columns -> Stream.of(columns[3].split("\\|"))).map(TextFolding::fold).distinct().toList();
    }

    /** An astronomical year as TIMEX3 writes it: four digits, with a minus before the common era ("-0428"). */
    static String timexYear(int year) {
        return (year < 0 ? "-" : "") + "%04d".formatted(Math.abs(year));
    }

    private static boolean writtenAsMark(String text, Matcher m) {
        String mark = text.substring(m.start("mark"), m.end("mark"));
        return mark.contains(".") || mark.contains(" ") || mark.chars().noneMatch(Character::isLowerCase);
    }
}
