package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Round years listed after a decade are decades too: "les années 1960 et 1970", "negli anni 1950, 1960 e 1970",
 * "las décadas de 1890 y 1900" are the 1960s and the 1970s, not the 1960s and the year 1970. The days and months of
 * a list are {@link ListedYears}'s.
 */
final class ListedDecades {

    private static final Pattern ROUND_YEAR = Pattern.compile("\\d{3}0");

    private ListedDecades() {
    }

    /** The mentions in text order, each round year listed after a decade a decade. */
    static List<DateMention> join(String language, String folded, List<DateMention> mentions) {
        ListedDays lists = ListedDays.of(language);
        List<DateMention> joined = new ArrayList<>(mentions);
        for (int i = 1; i < joined.size(); i++) {
            DateMention decade = joined.get(i - 1);
            DateMention year = joined.get(i);
            if (decade.granularity() == Granularity.DECADE && year.granularity() == Granularity.YEAR
                    && year.modifier() == null && year.rangeEnd() == null && ROUND_YEAR.matcher(year.text()).matches()
                    && lists.joinsAt(folded, decade.end(), year.start())) {
                joined.set(i, new DateMention(year.text(), year.start(), year.end(), year.value().substring(0, 3),
                        Granularity.DECADE, null, null, year.inReferences()));
            }
        }
        return joined;
    }
}
