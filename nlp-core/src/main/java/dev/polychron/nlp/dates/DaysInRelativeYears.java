package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A day or month written without its year beside a year named in words: "去年8月19日", "on 3 May last year", "τον
 * Μάρτιο πέρσι", "tháng 6 năm nay", "去年の5月". The two are one mention, in the named year.
 */
final class DaysInRelativeYears {

    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\p{N}{3}");
    private static final Pattern GAP = Pattern.compile("(?U)\\s*,?\\s*(?:(?:of|de|του|της)\\s+|の\\s*)?");

    private DaysInRelativeYears() {
    }

    /** {@code sorted} with each yearless day or month and the named year beside it joined into one mention. */
    static List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention first = sorted.get(i);
            DateMention second = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (second != null && GAP.matcher(folded.substring(first.end(), second.start())).matches()
                    && (isNamedYear(first) && isYearless(second) || isYearless(first) && isNamedYear(second))) {
                DateMention day = isNamedYear(first) ? second : first;
                DateMention year = day == first ? second : first;
                joined.add(new DateMention(text.substring(first.start(), second.end()), first.start(), second.end(),
                        year.value() + day.value().substring(year.value().length()), day.granularity(),
                        day.modifier(), null, day.inReferences()));
                i++;
            } else {
                joined.add(first);
            }
        }
        return joined;
    }

    private static boolean isNamedYear(DateMention mention) {
        return mention.granularity() == Granularity.YEAR && mention.rangeEnd() == null
                && mention.text().codePoints().noneMatch(Character::isDigit);
    }

    /**
     * A month or a quarter ("지난해 4분기"), or a day written with its number: a named day ("Easter", "Monday") moves
     * within the year, so it cannot take another year's number.
     */
    private static boolean isYearless(DateMention mention) {
        return mention.rangeEnd() == null && !WRITTEN_YEAR.matcher(mention.text()).find()
                && (mention.granularity() == Granularity.MONTH || mention.granularity() == Granularity.QUARTER
                || mention.granularity() == Granularity.DAY
                && mention.text().codePoints().anyMatch(Character::isDigit));
    }
}
