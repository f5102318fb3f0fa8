package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Events named by their day and month ({@code event-days.tsv}): "the 9/11 attacks", "after 9/11", Spanish "el 11-M".
 * A bare "9/11" in running text names the attacks far more often than a 9 September of the reference's year, so it
 * is read as their day; with its year it stays a date ("9/11/2023", read by {@link NumericDateRules}). Tried before
 * the numeric rules, whose reading of the same span it wins.
 */
final class EventDays {

    /** Not inside a longer number or date; a hyphen after a word may join it: "post-9/11". */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}.,/:]|[\\p{N}.,/:]-)";
    private static final String AFTER = "(?![\\p{L}\\p{N}]|[.,/:-]\\p{N})";
    private static final List<String[]> EVENTS = DataFiles.lines(EventDays.class, "event-days.tsv").stream()
            .map(line -> line.split("\t")).toList();

    private EventDays() {
    }

    /** One rule per event told in {@code language}'s press: its language's, and its region's where it has one. */
    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        return EVENTS.stream()
                .filter(event -> event[0].equals(locale.getLanguage()) || event[0].equals(language))
                .map(event -> rule(event[1], event[2]))
                .toList();
    }

    private static DateRule rule(String written, String day) {
        String folded = TextFolding.fold(written);
        return DateRule.of(Start.DIGIT, BEFORE + Pattern.quote(folded) + AFTER,
                        (m, reference) -> Optional.of(ResolvedDate.of(day, Granularity.DAY)))
                .requiring(folded)
                .writtenAs((text, m) -> text.startsWith(written, m.start()));
    }
}
