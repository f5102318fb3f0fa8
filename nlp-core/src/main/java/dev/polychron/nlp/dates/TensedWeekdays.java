package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.DataFiles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A weekday named alone is the nearest day of its name (see {@link Weekdays#nearest}), unless its clause says which
 * way to look, as HeidelTime reads such days by the tense of their sentence: "they will meet on Friday" is the next
 * Friday, "the minister said on Friday" the last one, whatever day the article was written. The clause's tense is
 * told by the words of {@code tense-markers.tsv}; with markers of both tenses, or none, the nearest day stands.
 */
final class TensedWeekdays {

    private static final Map<String, Markers> MARKERS = markers();
    private static final String CLAUSE_ENDS = ".!?;\n。！？；";
    private static final int WEEK = 7;
    private static final int CLAUSE_REACH = 200;

    private final Map<String, DayOfWeek> names;
    private final Markers markers;
    private final boolean unspaced;

    private TensedWeekdays(Map<String, DayOfWeek> names, Markers markers, boolean unspaced) {
        this.names = names;
        this.markers = markers;
        this.unspaced = unspaced;
    }

    static TensedWeekdays of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Markers markers = MARKERS.get(locale.getLanguage());
        return new TensedWeekdays(markers == null || !Weekdays.readAlone(locale) ? Map.of() : Weekdays.names(locale),
                markers, DateRanges.UNSPACED.contains(locale.getLanguage()));
    }

    /** The mentions, each weekday named alone moved to the next or last day of its name where its clause says so. */
    List<DateMention> resolve(String text, String folded, List<DateMention> mentions, LocalDate reference) {
        if (names.isEmpty()) {
            return mentions;
        }
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            DayOfWeek day = names.get(folded.substring(mention.start(), mention.end()));
            resolved.add(day == null ? mention : inTense(text, mention, day, reference));
        }
        return resolved;
    }

    private DateMention inTense(String text, DateMention mention, DayOfWeek day, LocalDate reference) {
        String written = clause(text, mention.start(), mention.end());
        String clause = written.toLowerCase(Locale.ROOT);
        boolean future = markers.future().stream().anyMatch(word -> holds(clause, word));
        boolean past = markers.past().stream().anyMatch(word -> holds(clause, word))
                || markers.pastForms() != null && markers.pastForms().matcher(written).find();
        if (future == past) {
            return mention;
        }
        int ahead = Math.floorMod(day.getValue() - reference.getDayOfWeek().getValue(), WEEK);
        LocalDate date = future ? reference.plusDays(ahead == 0 ? WEEK : ahead) : reference.minusDays(
                Math.floorMod(WEEK - ahead, WEEK));
        return new DateMention(mention.text(), mention.start(), mention.end(), date.toString(),
                mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
    }

    /**
     * The text from the clause end before {@code start} to the one after {@code end}, the day left out,
     * and no more than {@link #CLAUSE_REACH} chars either side (text without punctuation has no clause ends).
     */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < CLAUSE_REACH && !endsClause(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CLAUSE_REACH && !endsClause(text, to)) {
            to++;
        }
        return text.substring(from, start) + " " + text.substring(end, to);
    }

    /** Whether the char at {@code at} ends a clause: not the dot of a one-letter abbreviation ("a.m.", "U.S."). */
    private static boolean endsClause(String text, int at) {
        return CLAUSE_ENDS.indexOf(text.charAt(at)) >= 0 && !(text.charAt(at) == '.' && at >= 2
                && Character.isLetter(text.charAt(at - 1))
                && (text.charAt(at - 2) == '.' || Character.isWhitespace(text.charAt(at - 2))));
    }

    /**
     * Whether {@code clause} has {@code marker} as words of its own (anywhere in a language without spaces; a marker
     * that opens with an apostrophe, "'ll", right after its word).
     */
    private boolean holds(String clause, String marker) {
        for (int at = clause.indexOf(marker); at >= 0; at = clause.indexOf(marker, at + 1)) {
            int end = at + marker.length();
            if (unspaced || (at == 0 || !Character.isLetterOrDigit(marker.charAt(0))
                    || !Character.isLetterOrDigit(clause.charAt(at - 1)))
                    && (end == clause.length() || !Character.isLetterOrDigit(clause.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The words of each tense, and the pattern of past verb forms (null where the language has none). */
    private record Markers(List<String> future, List<String> past, Pattern pastForms) {
    }

    private static Map<String, Markers> markers() {
        Map<String, Markers> markers = new HashMap<>();
        for (String line : DataFiles.lines(TensedWeekdays.class, "tense-markers.tsv")) {
            String[] columns = line.split("\t", -1);
            markers.put(columns[0], new Markers(words(columns[1]), words(columns.length > 2 ? columns[2] : ""),
                    columns.length > 3 ? Pattern.compile(columns[3]) : null));
        }
        return markers;
    }

    private static List<String> words(String column) {
        return column.isBlank() ? List.of() : List.of(column.strip().split("\\|"));
    }
}
