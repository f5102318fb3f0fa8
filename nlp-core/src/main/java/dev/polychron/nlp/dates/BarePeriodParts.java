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
 * A part word before the noun of a year or week said without its number ({@code bare-periods.tsv}): "cuối năm" (at
 * the end of the year), "στα τέλη του χρόνου", "στο τέλος της εβδομάδας". It is the reference's period with the part's
 * modifier; the year is taken from the reference, so a year told just before in a history moves it
 * ({@link YearsToldBefore}: "Năm 1957 chùa được trùng tu. Cuối năm, …" is the end of 1957).
 */
final class BarePeriodParts {

    private static final List<String[]> ROWS = DataFiles.lines(BarePeriodParts.class, "bare-periods.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final Map<String, ChronoUnit> UNITS = Map.of("year", ChronoUnit.YEARS, "week", ChronoUnit.WEEKS);
    private static final int WORDS_AFTER = 3;
    private static final int WORDS_BEFORE = 4;
    /** The marks that open a clause, after which a part needs no word before it. */
    private static final String CLAUSE_MARKS = ".,;:!?()\"“”«»\n–—-";
    /** A capitalised word after the noun names the year: "cuối năm Canh Tý" is the end of a lunar year. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}");

    private BarePeriodParts() {
    }

    /** The rules of {@code language}, with its part phrases ({@code modifierByPart}, folded). */
    static List<DateRule> rules(String language, Map<String, Modifier> modifierByPart) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        return ROWS.stream().filter(row -> row[0].equals(code)).map(row -> {
            ChronoUnit unit = UNITS.get(row[1]);
            List<String> nouns = Stream.of(row[2].split("\\|")).map(TextFolding::fold).toList();
            String undoing = row.length <= WORDS_AFTER ? "" : "(?!\\s+(?:" + Alternation.of(
                    Stream.of(row[WORDS_AFTER].split("\\|")).map(TextFolding::fold).toList()) + ")(?![\\p{L}\\p{N}]))";
            Set<String> before = row.length <= WORDS_BEFORE ? null : Set.of(row[WORDS_BEFORE].split("\\|"));
            String regex = "(?<![\\p{L}\\p{N}])(?<part>" + Alternation.of(modifierByPart.keySet())
                    + ")\\s+(?:" + Alternation.of(nouns) + ")(?![\\p{L}\\p{N}])(?!\\s*[\\p{N}'’])" + undoing;
            return DateRule.of(Start.words(modifierByPart.keySet()), regex, (m, reference) -> {
                Modifier modifier = modifierByPart.get(m.group("part").replaceAll("\\s+", " "));
                ResolvedDate period = CalendarUnits.of(reference, unit);
                ResolvedDate part = new ResolvedDate(period.value(), period.granularity(), modifier, null);
                return Optional.of(unit == ChronoUnit.YEARS ? part.yearless() : part);
            }).writtenAs((text, m) -> !NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    && (before == null || opensClause(text, m.start())
                    || before.contains(RelativeDates.wordBefore(text, m.start()).toLowerCase(Locale.ROOT))));
        }).toList();
    }

    private static boolean opensClause(String text, int start) {
        int at = start;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at == 0 || CLAUSE_MARKS.indexOf(text.charAt(at - 1)) >= 0;
    }
}
