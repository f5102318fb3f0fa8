package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day with how long something lasts from it, "from 18 December for 10 days", "18 aralıktan itibaren 10 gün
 * boyunca", "για 10 μέρες μετά τις 18 Δεκεμβρίου": one mention, the span from the day to the day that many units
 * on. The phrases are ours (lasting-phrases.tsv); a count alone stays no date.
 */
final class SpansFromDays {

    private static final List<String[]> LINES = DataFiles.lines(SpansFromDays.class, "lasting-phrases.tsv")
            .stream().map(line -> line.split("\t")).toList();
    /** The farthest a phrase before its day begins from it, so that the search stays near the day. */
    private static final int LONGEST_PHRASE_BEFORE = 60;

    private final AnaphoricDates counts;
    private final List<Pattern> after;
    private final List<Pattern> before;

    private SpansFromDays(AnaphoricDates counts, List<Pattern> after, List<Pattern> before) {
        this.counts = counts;
        this.after = after;
        this.before = before;
    }

    static SpansFromDays of(String language, AnaphoricDates counts) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        String units = "(?<unit>" + Alternation.of(counts.unitWords().keySet()) + ")";
        List<Pattern> after = new ArrayList<>();
        List<Pattern> before = new ArrayList<>();
        for (String[] fields : LINES) {
            if (!fields[0].equals(code) || counts.unitWords().isEmpty()) {
                continue;
            }
            for (String phrase : TextFolding.fold(fields[2]).split("\\|")) {
                String regex = PhraseTemplate.regex(phrase, Map.of("{n}", "(?<n>\\d{1,3}|\\p{L}+)", "{unit}", units));
                if (fields[1].equals("after")) {
                    after.add(Pattern.compile("^\\s+" + regex + "(?![\\p{L}\\p{N}])"));
                } else {
                    before.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "\\s+$"));
                }
            }
        }
        return new SpansFromDays(counts, after, before);
    }

    /** {@code sorted} with each day and the phrase of how long it lasts joined into one mention. */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention day = sorted.get(i);
            int from = Math.max(joined.isEmpty() ? 0 : joined.get(joined.size() - 1).end(),
                    day.start() - LONGEST_PHRASE_BEFORE);
            int to = i + 1 < sorted.size() ? sorted.get(i + 1).start() : folded.length();
            boolean plainDay = day.granularity() == Granularity.DAY && day.rangeEnd() == null;
            joined.add(plainDay ? spanAfter(text, folded, day, to).or(() -> spanBefore(text, folded, day, from))
                    .orElse(day) : day);
        }
        return joined;
    }

    private Optional<DateMention> spanAfter(String text, String folded, DateMention day, int to) {
        for (Pattern phrase : after) {
            Matcher m = phrase.matcher(folded).region(day.end(), to);
            if (m.lookingAt()) {
                return span(text, day, day.start(), m.end(), m);
            }
        }
        return Optional.empty();
    }

    private Optional<DateMention> spanBefore(String text, String folded, DateMention day, int from) {
        for (Pattern phrase : before) {
            Matcher m = phrase.matcher(folded).region(from, day.start());
            if (m.find()) {
                return span(text, day, m.start(), day.end(), m);
            }
        }
        return Optional.empty();
    }

    /** The span from {@code day} over the count {@code m} names, written from {@code start} to {@code end}. */
    private Optional<DateMention> span(String text, DateMention day, int start, int end, Matcher m) {
        long count = counts.count(m.group("n"));
        if (count <= 0) {
            return Optional.empty();
        }
        ChronoUnit unit = counts.unitWords().get(m.group("unit"));
        // it reaches the day the count names from its start, the day "10 days from 18 December" is on its own
        LocalDate last = LocalDate.parse(day.value()).plus(count, unit);
        return Optional.of(new DateMention(text.substring(start, end), start, end, day.value(), Granularity.DAY,
                null, last.toString(), day.inReferences()));
    }
}
