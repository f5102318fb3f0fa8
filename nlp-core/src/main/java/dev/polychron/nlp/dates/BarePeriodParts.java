package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A part word before the noun of the year said without its number ({@code bare-periods.tsv}): "cuối năm" (at the end
 * of the year), "στα τέλη του χρόνου", "by the end of the year", "à la fin de l'année". It is the reference's year with
 * the part's modifier; the year is taken from the reference, so a year told just before in a history moves it
 * ({@link YearsToldBefore}: "Năm 1957 chùa được trùng tu. Cuối năm, …" is the end of 1957), and so does the tense
 * ({@link TensedYears}). A part before the noun of the month is that of the month told before it: "Tháng 3 năm 2017,
 * … Cuối tháng, …" is the end of March 2017. Where a row says so, the part word follows the noun, as in Turkish "yıl
 * sonuna kadar" (by the end of the year) and Hungarian "az év végén", and the words that make it another period stand
 * before the noun ("geçen yıl sonunda", at the end of last year, "iki yıl sonunda", two years later).
 */
final class BarePeriodParts {

    private static final List<String[]> ROWS = DataFiles.lines(BarePeriodParts.class, "bare-periods.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final int NOUNS = 1;
    private static final int WORDS_AFTER = 2;
    private static final int WORDS_BEFORE = 3;
    private static final int PARTS = 4;
    private static final int PHRASES_KEEPING = 5;
    private static final int UNIT = 6;
    private static final int ORDER = 7;
    /** The order of rows whose part word follows the noun, one of part-words.tsv's words after a period. */
    private static final String PART_AFTER_NOUN = "after";
    /**
     * The order of rows whose part is written onto the noun as one word, a word of part-suffixes.tsv: Japanese
     * "年末までに" (by the end of the year), Chinese "年底前", Korean "연말까지".
     */
    private static final String PART_ON_NOUN = "on";
    /** The unit of nouns of the month, whose part is that of the month told before ({@link MonthsToldBefore}). */
    private static final String MONTH = "month";
    /** The marks that open a clause, after which a part needs no word before it; not "(", as in "báo cáo (cuối năm)". */
    private static final String CLAUSE_MARKS = ".,;:!?)\"“”«»\n–—-、。，；：！？";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A capitalised word after the noun names the year: "cuối năm Canh Tý" is the end of a lunar year. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}");

    private BarePeriodParts() {
    }

    /**
     * The rules of {@code language}, with its part phrases ({@code modifierByPart}) and the part words that follow a
     * period ({@code modifierByPartAfter}), folded.
     */
    static List<DateRule> rules(String language, Map<String, Modifier> modifierByPart,
                                Map<String, Modifier> modifierByPartAfter) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        return ROWS.stream().filter(row -> row[0].equals(code)).map(row -> {
            List<String> nouns = Stream.of(row[NOUNS].split("\\|")).map(TextFolding::fold).toList();
            List<String> after = column(row, WORDS_AFTER).map(TextFolding::fold).toList();
            List<String> keeping = column(row, PHRASES_KEEPING).map(TextFolding::fold).toList();
            String kept = keeping.isEmpty() ? "" : "(?!" + Alternation.of(keeping) + "(?![\\p{L}\\p{N}]))";
            String undoing = after.isEmpty() ? "" : "(?!\\s+" + kept + "(?:" + Alternation.of(after)
                    + ")(?![\\p{L}\\p{N}]))";
            List<String> beforeWords = column(row, WORDS_BEFORE).toList();
            Set<String> before = beforeWords.isEmpty() ? null : Set.copyOf(beforeWords);
            boolean partAfter = column(row, ORDER).anyMatch(PART_AFTER_NOUN::equals);
            boolean partOn = column(row, ORDER).anyMatch(PART_ON_NOUN::equals);
            Map<String, Modifier> modifiers = partOn ? PartSuffixes.modifiers(language)
                    : partAfter ? modifierByPartAfter : modifierByPart;
            List<String> onlyParts = column(row, PARTS).map(TextFolding::fold).toList();
            Set<String> parts = onlyParts.isEmpty() ? modifiers.keySet() : Set.copyOf(onlyParts);
            String regex = partOn ? partOnNoun(language, nouns, parts, after)
                    : partAfter ? "(?<![\\p{L}\\p{N}])" + notAfter(after) + "(?:" + Alternation.of(nouns)
                    + ")\\s+(?<part>" + Alternation.of(parts) + ")(?![\\p{L}\\p{N}])"
                    : "(?<![\\p{L}\\p{N}])(?<part>" + Alternation.of(parts) + ")\\s+(?:" + Alternation.of(nouns)
                    + ")(?![\\p{L}\\p{N}]|[-‐]\\p{L})(?!\\s*[\\p{N}'’])" + undoing;
            boolean month = column(row, UNIT).anyMatch(MONTH::equals);
            // unspaced, a noun with its part written on begins inside a run of letters ("政府は年末までに")
            Start start = partOn ? Start.ANYWHERE : Start.words(partAfter ? nouns : parts);
            return DateRule.of(start, regex, (m, reference) -> {
                Modifier modifier = modifiers.get(SPACES.matcher(m.group("part")).replaceAll(" "));
                ResolvedDate period = CalendarUnits.of(reference, month ? ChronoUnit.MONTHS : ChronoUnit.YEARS);
                ResolvedDate part = new ResolvedDate(period.value(), period.granularity(), modifier, null);
                return Optional.of(month ? part.monthless() : part.yearless());
            }).writtenAs((text, m) -> (partAfter || partOn
                    || !NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())
                    && (before == null || opensClause(text, m.start()) || (partOn
                    ? before.stream().anyMatch(text.substring(0, m.start())::endsWith)
                    : before.contains(RelativeDates.wordBefore(text, m.start()).toLowerCase(Locale.ROOT)))));
        }).toList();
    }

    /**
     * The noun with its part written onto it, not beside a count nor a word of {@code beside} ("年末年始", the New Year
     * holidays; "年初一", the first day of the lunar year; "내년 연말" is read with "내년"), nor inside a word where the
     * language spaces its words; there a particle may close it ("연말까지"), but not another word ("연말정산").
     */
    private static String partOnNoun(String language, List<String> nouns, Set<String> parts, List<String> beside) {
        List<String> particles = RelativeDates.particles(language);
        String besideBefore = beside.isEmpty() ? "" : "(?<!(?:" + Alternation.of(beside) + ")\\s{0,3})";
        String besideAfter = beside.isEmpty() ? "" : "(?!" + Alternation.of(beside) + ")";
        return (particles.isEmpty() ? "" : "(?<![\\p{L}\\p{N}])") + "(?<!\\p{N}\\s{0,3})" + besideBefore + "(?:"
                + Alternation.of(nouns) + ")(?<part>" + Alternation.of(parts) + ")" + besideAfter
                + (particles.isEmpty() ? "" : "(?=(?:" + Alternation.of(particles) + ")?(?![\\p{L}\\p{N}]))");
    }

    /** A lookbehind for a noun after a count or one of {@code words}: "iki yıl sonunda" is two years later. */
    private static String notAfter(List<String> words) {
        return "(?<!\\p{N}\\s{1,3})" + (words.isEmpty() ? ""
                : "(?<!(?<![\\p{L}\\p{N}])(?:" + Alternation.of(words) + ")\\s{1,3})");
    }

    /** The words of a row's optional column, none where it is missing or blank. */
    private static Stream<String> column(String[] row, int index) {
        return row.length <= index || row[index].isBlank() ? Stream.empty() : Stream.of(row[index].split("\\|"));
    }

    private static boolean opensClause(String text, int start) {
        int at = start;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at == 0 || CLAUSE_MARKS.indexOf(text.charAt(at - 1)) >= 0;
    }
}
