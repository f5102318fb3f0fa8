package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two ends of a range written at different grains ("from 2014 to May 2018", "entre janvier 2019 et aujourd'hui"),
 * both at the finer one: a coarser first end from its first month or day, a coarser second end to its last.
 */
final class MixedGrainEnds {

    /** The grains that mix, finest first, with the values they write. */
    private static final List<Granularity> GRAINS = List.of(Granularity.DAY, Granularity.MONTH, Granularity.YEAR);
    private static final Map<Granularity, Pattern> VALUES = Map.of(
            Granularity.DAY, Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
            Granularity.MONTH, Pattern.compile("[0-9]{4}-[0-9]{2}"),
            Granularity.YEAR, Pattern.compile("[0-9]{4}"));

    private MixedGrainEnds() {
    }

    /**
     * Both ends at the finer grain of the two; none where either is no plain day, month or year, but for the start of
     * the first and the end of the second, whose part is the range's own edge ("từ đầu năm đến nay", from the start
     * of the year until now).
     */
    static Optional<List<DateMention>> atFinerGrain(DateMention first, DateMention second) {
        if (!plain(first, Modifier.START) || !plain(second, Modifier.END)) {
            return Optional.empty();
        }
        Granularity finer = GRAINS.get(Math.min(GRAINS.indexOf(first.granularity()),
                GRAINS.indexOf(second.granularity())));
        return Optional.of(List.of(at(first, finer, true), at(second, finer, false)));
    }

    /**
     * A day, month or year with no modifier but {@code edge} ("the end of 2008" keeps its own reading) and no range of
     * its own.
     */
    private static boolean plain(DateMention mention, Modifier edge) {
        Pattern value = VALUES.get(mention.granularity());
        return value != null && (mention.modifier() == null || mention.modifier() == edge)
                && mention.rangeEnd() == null
                && value.matcher(mention.value()).matches();
    }

    private static DateMention at(DateMention mention, Granularity grain, boolean start) {
        String value = mention.value();
        if (mention.granularity() == Granularity.YEAR) {
            value += start ? "-01" : "-12";
        }
        if (grain == Granularity.DAY && mention.granularity() != Granularity.DAY) {
            YearMonth month = YearMonth.parse(value);
            value = (start ? month.atDay(1) : month.atEndOfMonth()).toString();
        }
        return new DateMention(mention.text(), mention.start(), mention.end(), value, grain, null, null,
                mention.inReferences());
    }
}
