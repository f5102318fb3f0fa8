package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The n-th weekday after a day: "the third Tuesday after Christmas 2014", "dritter Dienstag nach Weihnachten 2014",
 * "terzo martedì dopo Natale 2014". The phrases are ours ({@code counted-weekdays.tsv}), ordinals and weekday names
 * CLDR's; the phrase and the day make one mention.
 */
final class WeekdaysAfterDays {

    private static final int MAX_ORDINAL = 5;
    /** Ordinals in digits: "3rd", "3.", "3°". */
    private static final Pattern DIGITS = Pattern.compile("([1-5])(?:st|nd|rd|th|\\.|°|º)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How far before its day the phrase may begin. */
    private static final int REACH = 60;

    /** A phrase's pattern, and the words it ends with, which the text before a day is checked for first. */
    private record Phrase(Pattern pattern, String ending) {
    }

    private final List<Phrase> phrases;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> ordinals;

    private WeekdaysAfterDays(List<Phrase> phrases, Map<String, DayOfWeek> weekdays, Map<String, Integer> ordinals) {
        this.phrases = phrases;
        this.weekdays = weekdays;
        this.ordinals = ordinals;
    }

    static WeekdaysAfterDays of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<String> phrases = CountedWeekdays.PHRASES.stream()
                .filter(columns -> columns[0].equals(locale.getLanguage())
                        && columns[1].equals(CountedWeekdays.AFTER_A_DAY))
                .flatMap(columns -> List.of(columns[2].split("\\|")).stream()).toList();
        if (phrases.isEmpty()) {
            return new WeekdaysAfterDays(List.of(), Map.of(), Map.of());
        }
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        Map<String, Integer> ordinals = SpelledNumbers.ordinals(locale, MAX_ORDINAL);
        String nth = "(?<nth>" + DIGITS.pattern() + "|" + Alternation.of(ordinals.keySet()) + ")";
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")";
        List<Phrase> patterns = phrases.stream().map(TextFolding::fold)
                .map(folded -> new Phrase(Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + PhraseTemplate.regex(folded, Map.of("{nth}", nth, "{weekday}", weekday)) + "\\s+$"),
                        folded.substring(folded.lastIndexOf('}') + 1).strip()))
                .toList();
        return new WeekdaysAfterDays(patterns, weekdays, ordinals);
    }

    /**
     * {@code sorted} with each day that such a phrase comes right before joined to it, as the weekday it counts; a
     * mention within the phrase (its weekday) becomes part of it.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        if (phrases.isEmpty()) {
            return sorted;
        }
        List<DateMention> joined = new ArrayList<>();
        for (DateMention mention : sorted) {
            Optional<Matcher> found = mention.granularity() == Granularity.DAY && mention.rangeEnd() == null
                    && DAY.matcher(mention.value()).matches() ? phraseBefore(folded, mention.start()) : Optional.empty();
            if (found.isEmpty()) {
                joined.add(mention);
                continue;
            }
            Matcher m = found.get();
            int start = m.start();
            joined.removeIf(earlier -> earlier.end() > start);
            Matcher digits = DIGITS.matcher(m.group("nth"));
            int n = digits.matches() ? Integer.parseInt(digits.group(1)) : ordinals.get(m.group("nth"));
            LocalDate day = LocalDate.parse(mention.value())
                    .with(TemporalAdjusters.next(weekdays.get(m.group("weekday")))).plusWeeks(n - 1L);
            joined.add(new DateMention(text.substring(start, mention.end()), start, mention.end(), day.toString(),
                    Granularity.DAY, null, null, mention.inReferences()));
        }
        return joined;
    }

    private Optional<Matcher> phraseBefore(String folded, int end) {
        int start = Math.max(0, end - REACH);
        String before = folded.substring(start, end).stripTrailing();
        for (Phrase phrase : phrases) {
            if (!before.endsWith(phrase.ending())) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(folded).useTransparentBounds(true).region(start, end);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
