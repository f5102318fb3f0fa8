package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A season's name with a word for "this", "next" or "last" ({@code relative-seasons.tsv}): "това лято", "vara
 * trecută", "příští léto", "tavaly nyáron". This one is the one the reference falls in, else the one that starts in
 * the reference's year; the next one the first that starts after the reference, the last one the last that ended
 * before it. A season is TIMEX's: "2012-WI" is the winter that starts in December 2012. Not before a hyphen, which
 * makes it that season of a date told before ("cet été-là"); after an elided word without a space ("quest'estate");
 * in Chinese and Japanese right after the word or its particle ("去年冬天", "昨年の冬"), not where the season's
 * character starts another word ("今年春节", this year's Spring Festival).
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

    private RelativeSeasons() {
    }

    /** The rules of the language, for the seasons named by {@code codes} (folded name to TIMEX code). */
    static List<DateRule> rules(String language, Map<String, String> codes) {
        String season = "(?<season>" + Alternation.of(codes.keySet()) + ")";
        boolean unspaced = DateRanges.UNSPACED.contains(ULocale.forLanguageTag(language).getLanguage());
        return WORDS.stream().filter(columns -> columns[0].equals(ULocale.forLanguageTag(language).getLanguage()))
                .map(columns -> {
                    int direction = Integer.parseInt(columns[1]);
                    List<String> words = Stream.of(columns[3].split("\\|")).map(TextFolding::fold).toList();
                    boolean before = columns[2].equals("before");
                    String word = "(?:" + Alternation.of(words) + ")";
                    String undoing = columns.length <= UNDOING_WORDS ? ""
                            : "(?!\\s+(?:" + Alternation.of(List.of(columns[UNDOING_WORDS].split("\\|"))) + ")\\b)";
                    String undoingBefore = columns.length <= UNDOING_WORDS_BEFORE ? "" : "(?<!"
                            + (unspaced ? "" : "\\b") + "(?:"
                            + Alternation.of(List.of(columns[UNDOING_WORDS_BEFORE].split("\\|"))) + ")"
                            + (unspaced ? "" : "\\s") + ")";
                    String regex = undoingBefore + (unspaced ? "" : "(?<![\\p{L}\\p{N}])")
                            + (before ? word + (unspaced ? "[の的]?" : "(?:\\s+|(?<='))") + season
                            : season + "\\s+" + word)
                            + "(?!-)" + RuleBasedDateExtractor.HAN_SEASON_OR_WORD_END + undoing;
                    Start first = unspaced ? Start.ANYWHERE : Start.words(before ? words : codes.keySet());
                    return DateRule.of(first, regex, (m, reference) -> {
                        String code = codes.get(m.group("season"));
                        YearMonth start = start(code, direction, YearMonth.from(reference));
                        return Optional.of(new ResolvedDate(start.getYear() + "-" + code, Granularity.SEASON, null,
                                null));
                    });
                }).toList();
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
