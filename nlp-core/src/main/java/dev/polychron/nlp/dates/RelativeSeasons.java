package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A season's name with a word for "this", "next" or "last" ({@code relative-seasons.tsv}): "това лято", "vara
 * trecută", "příští léto", "tavaly nyáron". This one is the one the reference falls in, else the one that starts in
 * the reference's year; the next one the first that starts after the reference, the last one the last that ended
 * before it. A season is TIMEX's: "2012-WI" is the winter that starts in December 2012. Not before a hyphen, which
 * makes it that season of a date told before ("cet été-là"); after an elided word without a space ("quest'estate");
 * in Chinese and Japanese right after the word or its particle ("去年冬天", "昨年の冬"), not where the season's
 * character starts another word ("今年春节", this year's Spring Festival). A season named bare after a preposition
 * ("will reopen in the spring", "soll im Herbst beginnen") is the one the reference falls in, else the next, but only
 * in a clause that looks ahead and with no year written before it in its paragraph: "the lake freezes in winter"
 * tells no time, and "In 1944 the Allies hoped to reach the Rhine by the autumn" tells of 1944's.
 */
final class RelativeSeasons {

    private static final List<String[]> WORDS = DataFiles.lines(RelativeSeasons.class, "relative-seasons.tsv")
            .stream().map(line -> line.split("\t")).toList();
    private static final Map<String, Integer> START_MONTHS = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);
    private static final int SEASON_MONTHS = 3;
    /** The column of the words after a season that make it another word ("this fall in prices"), where there is one. */
    private static final int UNDOING_WORDS = 4;
    /** The column of the words before that make it another word ("his last fall"), where there is one. */
    private static final int UNDOING_WORDS_BEFORE = 5;
    /** The direction of the words before a season named bare in a clause that looks ahead ("in the spring"). */
    private static final String AHEAD = "ahead";
    /** More than the longest preposition before a bare season ("d'ici à l'", "μέχρι τον"). */
    private static final int PREPOSITION_REACH = 20;

    private RelativeSeasons() {
    }

    /** The rules of the language, for the seasons named by {@code codes} (folded name to TIMEX code). */
    static List<DateRule> rules(String language, Map<String, String> codes) {
        String season = "(?<season>" + Alternation.of(codes.keySet()) + ")";
        boolean unspaced = DateRanges.UNSPACED.contains(ULocale.forLanguageTag(language).getLanguage());
        ClauseTense tense = ClauseTense.of(language);
        return WORDS.stream().filter(columns -> columns[0].equals(ULocale.forLanguageTag(language).getLanguage()))
                .filter(columns -> !columns[1].equals(AHEAD) || tense != null)
                .map(columns -> columns[1].equals(AHEAD) ? ahead(columns, season, codes, tense)
                        : named(columns, season, codes, unspaced))
                .toList();
    }

    /** A season with a word for "this", "next" or "last" ("this spring", "vara trecută"). */
    private static DateRule named(String[] columns, String season, Map<String, String> codes, boolean unspaced) {
        int direction = Integer.parseInt(columns[1]);
        List<String> words = words(columns[3]);
        boolean before = columns[2].equals("before");
        String word = "(?:" + Alternation.of(words) + ")";
        String undoingBefore = columns.length <= UNDOING_WORDS_BEFORE ? "" : "(?<!"
                + (unspaced ? "" : "\\b") + "(?:"
                + Alternation.of(List.of(columns[UNDOING_WORDS_BEFORE].split("\\|"))) + ")"
                + (unspaced ? "" : "\\s") + ")";
        String regex = undoingBefore + (unspaced ? "" : "(?<![\\p{L}\\p{N}])")
                + (before ? word + (unspaced ? "[の的]?" : "(?:\\s+|(?<='))") + season
                : season + "\\s+" + word)
                + "(?!-)" + RuleBasedDateExtractor.HAN_SEASON_OR_WORD_END + undoing(columns);
        Start first = unspaced ? Start.ANYWHERE : Start.words(before ? words : codes.keySet());
        return DateRule.of(first, regex, (m, reference) -> {
            String code = codes.get(m.group("season"));
            return Optional.of(season(code, start(code, direction, YearMonth.from(reference))));
        });
    }

    /**
     * A season named bare after a preposition, in a clause that looks ahead: "will reopen in the spring". The tense is
     * read from the preposition on, as words before the day tell it ("would take place in the autumn").
     */
    private static DateRule ahead(String[] columns, String season, Map<String, String> codes, ClauseTense tense) {
        String preposition = "(?<![\\p{L}\\p{N}])(?:" + Alternation.of(words(columns[3])) + ")(?:\\s{1,3}|(?<='))";
        Pattern prepositionBefore = Pattern.compile("(?U)" + preposition + "\\z");
        String regex = "(?<=" + preposition + ")" + season + "(?![\\p{L}\\p{N}-])" + undoing(columns);
        return DateRule.of(Start.words(codes.keySet()), regex, (m, reference) -> {
            String code = codes.get(m.group("season"));
            YearMonth now = YearMonth.from(reference);
            YearMonth current = start(code, 0, now);
            boolean in = !now.isBefore(current) && now.isBefore(current.plusMonths(SEASON_MONTHS));
            return Optional.of(season(code, in ? current : start(code, 1, now)));
        }).writtenAs((text, m) -> {
            int from = Math.max(0, m.start() - PREPOSITION_REACH);
            Matcher before = prepositionBefore.matcher(TextFolding.fold(text.substring(from, m.start())));
            return before.find() && !yearWrittenBefore(text, m.start())
                    && tense.told(text, from + before.start(), m.end()) == ClauseTense.Tense.FUTURE;
        });
    }

    /** Whether a year is written in the paragraph before {@code start}, within reach. */
    private static boolean yearWrittenBefore(String text, int start) {
        int from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - TensedYears.PARAGRAPH_REACH);
        return TensedYears.YEAR.matcher(text).region(from, start).find();
    }

    private static List<String> words(String column) {
        return Stream.of(column.split("\\|")).map(TextFolding::fold).toList();
    }

    /** The look-ahead that refuses the words after a season that make it another word ("this fall in prices"). */
    private static String undoing(String[] columns) {
        return columns.length <= UNDOING_WORDS || columns[UNDOING_WORDS].isEmpty() ? ""
                : "(?!\\s+(?:" + Alternation.of(List.of(columns[UNDOING_WORDS].split("\\|"))) + ")\\b)";
    }

    private static ResolvedDate season(String code, YearMonth start) {
        return new ResolvedDate(start.getYear() + "-" + code, Granularity.SEASON, null, null);
    }

    /** The first month of the season {@code code} that {@code direction} names from the reference's month. */
    static YearMonth start(String code, int direction, YearMonth reference) {
        YearMonth inYear = YearMonth.of(reference.getYear(), START_MONTHS.get(code));
        YearMonth lastStarted = inYear.isAfter(reference) ? inYear.minusYears(1) : inYear;
        boolean current = reference.isBefore(lastStarted.plusMonths(SEASON_MONTHS));
        return switch (direction) {
            case 1 -> lastStarted.plusYears(1);
            case -1 -> current ? lastStarted.minusYears(1) : lastStarted;
            default -> current ? lastStarted : inYear;
        };
    }
}
