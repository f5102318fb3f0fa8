package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of several units around a counted relative date, "in 1 year 2 months", "1 month, 21 days ago", "dans 1 an
 * 2 mois", "2 years 1 month from now", "преди 3 месеца преди 2 седмици": the counts beside it go the same way as its
 * own, and make one mention with it.
 */
final class CompoundCounts {

    private final AnaphoricDates counts;
    private final Pattern piece;
    /** A mention that opens or ends with a count and its unit: "in 1 year", "21 days ago". */
    private final Pattern counted;
    private final Pattern piecesBefore;
    private final Pattern piecesAfter;

    private CompoundCounts(AnaphoricDates counts) {
        this.counts = counts;
        String units = Alternation.of(counts.unitWords().keySet());
        String piece = "(?<![\\p{L}\\p{N}])(?<n>\\d{1,3}|\\p{L}+)\\s+(?<unit>" + units + ")(?![\\p{L}\\p{N}])";
        String shape = piece.replace("?<n>", "?:").replace("?<unit>", "?:");
        this.piece = Pattern.compile(piece);
        this.counted = Pattern.compile("^" + shape + "|" + shape + "$");
        this.piecesBefore = Pattern.compile("(?:" + shape + "[\\s,]*)+$");
        this.piecesAfter = Pattern.compile("^(?:[\\s,]*" + shape + ")+");
    }

    static CompoundCounts of(AnaphoricDates counts) {
        return new CompoundCounts(counts);
    }

    /** {@code sorted} with each counted day and the counts right before or after it joined into one mention. */
    List<DateMention> join(String text, String folded, List<DateMention> sorted, LocalDateTime reference) {
        if (counts.unitWords().isEmpty()) {
            return sorted;
        }
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention mention = sorted.get(i);
            int direction = direction(mention, folded, reference.toLocalDate());
            if (direction == 0) {
                joined.add(mention);
                continue;
            }
            int from = joined.isEmpty() ? 0 : joined.get(joined.size() - 1).end();
            int to = i + 1 < sorted.size() ? sorted.get(i + 1).start() : folded.length();
            Matcher before = piecesBefore.matcher(folded).region(from, mention.start());
            Matcher after = piecesAfter.matcher(folded).region(mention.end(), to);
            int start = before.find() ? before.start() : mention.start();
            int end = after.lookingAt() ? after.end() : mention.end();
            LocalDate day = LocalDate.parse(mention.value());
            day = moved(day, folded.substring(start, mention.start()), direction);
            day = moved(day, folded.substring(mention.end(), end), direction);
            // the same way said again for the next count, "преди 3 месеца преди 2 седмици": both counts make one move
            while (day != null && i + 1 < sorted.size() && sorted.get(i + 1).start() >= end
                    && folded.substring(end, sorted.get(i + 1).start()).isBlank()
                    && direction(sorted.get(i + 1), folded, reference.toLocalDate()) == direction) {
                DateMention next = sorted.get(i + 1);
                LocalDate further = moved(day, folded.substring(next.start(), next.end()), direction);
                if (further == null) {
                    break;
                }
                day = further;
                end = next.end();
                i++;
            }
            joined.add(start == mention.start() && end == mention.end() || day == null ? mention
                    : new DateMention(text.substring(start, end), start, end, day.toString(), Granularity.DAY, null,
                            null, mention.inReferences()));
        }
        return joined;
    }

    /** Which way a day written with a count lies from the reference: 1, -1, or 0 for any other mention. */
    private int direction(DateMention mention, String folded, LocalDate reference) {
        if (mention.granularity() != Granularity.DAY || mention.rangeEnd() != null) {
            return 0;
        }
        Matcher count = counted.matcher(folded.substring(mention.start(), mention.end()));
        // a named day's word before its unit is no count: "tax day", "mothers day"
        if (!count.find() || moved(LocalDate.EPOCH, count.group(), 1) == null) {
            return 0;
        }
        return Integer.signum(LocalDate.parse(mention.value()).compareTo(reference));
    }

    /** {@code day} moved by every count in {@code pieces}; null when one of them is no count. */
    private LocalDate moved(LocalDate day, String pieces, int direction) {
        Matcher m = piece.matcher(pieces);
        LocalDate moved = day;
        while (moved != null && m.find()) {
            long count = counts.count(m.group("n"));
            ChronoUnit unit = counts.unitWords().get(m.group("unit"));
            moved = count > 0 ? moved.plus(direction * count, unit) : null;
        }
        return moved;
    }
}
