package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "The year" and "the month" named by no number, after a part word: "à la fin de l'année", "Ende des Jahres", "a
 * finales de año", "в конце года", "au début du mois" (part-periods.tsv). The rule reads the noun alone, this year or
 * month; {@link PartsBefore} then joins the part word with its modifier, and {@link YearsToldBefore} moves the year
 * to the one a history told shortly before. Followed by a number or a word of its own ("de l'année 2016", "l'année
 * prochaine") it is left to the rules that read those, whose longer span wins.
 */
final class PartPeriods {

    private static final Map<String, List<String>> YEAR_WORDS =
            DataFiles.foldedWords(PartPeriods.class, "part-periods.tsv", 1);
    private static final Map<String, List<String>> MONTH_WORDS =
            DataFiles.foldedWords(PartPeriods.class, "part-periods.tsv", 2);
    private static final Map<String, List<String>> WORDS_AFTER =
            DataFiles.foldedWords(PartPeriods.class, "part-periods.tsv", 3);
    /**
     * After the noun, a number that belongs to it ("Ende des Jahres 2016", "fin de l'année 1990") or what makes it
     * another year or month ("à la fin du mois de jeûne", "alla fine dell'anno di lutto").
     */
    private static final String NOTHING_OF_ITS_OWN_AFTER = "(?![\\p{L}\\p{N}])(?![\\s,]*(?:de\\s+|del\\s+)?\\p{N})"
            + "(?!\\s+(?:(?:de|di|del|della|do|da|des|du|der)\\s|d'|dell'))";
    /** How far before the noun its part phrase may begin, as {@link PartsBefore} reads it. */
    private static final int REACH = 48;

    private PartPeriods() {
    }

    /** The rules of {@code language}, none where part-periods.tsv has no line for it. */
    static List<DateRule> rules(String language, PartsBefore parts) {
        List<DateRule> rules = new ArrayList<>();
        String code = ULocale.forLanguageTag(language).getLanguage();
        List<String> after = WORDS_AFTER.get(code);
        String notAfter = after == null ? "" : "(?!\\s+(?:" + Alternation.of(after) + ")(?!\\p{L}))";
        if (YEAR_WORDS.containsKey(code)) {
            rules.add(rule(YEAR_WORDS.get(code), notAfter, parts, ChronoUnit.YEARS));
        }
        if (MONTH_WORDS.containsKey(code)) {
            rules.add(rule(MONTH_WORDS.get(code), notAfter, parts, ChronoUnit.MONTHS));
        }
        return rules;
    }

    private static DateRule rule(List<String> nouns, String notAfter, PartsBefore parts, ChronoUnit unit) {
        return DateRule.of(Start.words(nouns), "(?<![\\p{L}\\p{N}])(?:" + Alternation.of(nouns) + ")"
                        + NOTHING_OF_ITS_OWN_AFTER + notAfter, (m, reference) -> Optional.of(period(reference, unit)))
                .writtenAs((text, m) -> parts.endsWithPart(TextFolding.fold(
                        text.substring(Math.max(0, m.start() - REACH), m.start()))));
    }

    /** The reference's year, which a year told before may replace, or its month. */
    private static ResolvedDate period(LocalDateTime reference, ChronoUnit unit) {
        ResolvedDate period = CalendarUnits.of(reference, unit);
        return period.granularity() == Granularity.YEAR ? period.yearless() : period;
    }
}
