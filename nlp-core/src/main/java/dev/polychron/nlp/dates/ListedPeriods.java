package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months and decades listed with the one that says what the others leave out, as {@link ListedDays} reads days: the
 * months before the last one's year take it ("in May and June 1990", "en mai et juin 1990", "в мае и июне 1990 года"
 * are May 1990 and June 1990, not May of the reference's year), and the round years after a decade are decades too
 * ("les années 1960 et 1970", "negli anni 1960 e 1970" are the 1960s and the 1970s, not the year 1970).
 */
final class ListedPeriods {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ROUND_YEAR = Pattern.compile("\\d{3}0");

    private ListedPeriods() {
    }

    /** The mentions in text order, the months and decades of {@code language}'s lists completed. */
    static List<DateMention> join(String language, String text, String folded, List<DateMention> mentions) {
        ListedDays lists = ListedDays.of(language);
        List<DateMention> joined = withMonthsListed(language, text, folded, lists, mentions);
        // from the last, so that a month given its year passes it on: "mai, juin et juillet 1990"
        boolean nextHasYear = false;
        for (int i = joined.size() - 2; i >= 0; i--) {
            DateMention month = joined.get(i);
            DateMention next = joined.get(i + 1);
            nextHasYear = isMonth(next) && (nextHasYear || DateRanges.HAS_YEAR.matcher(next.text()).find());
            boolean listed = nextHasYear && isMonth(month) && !DateRanges.HAS_YEAR.matcher(month.text()).find()
                    && lists.joinsAt(folded, month.end(), next.start());
            if (listed) {
                joined.set(i, with(month, next.value().substring(0, 4) + month.value().substring(4),
                        Granularity.MONTH));
            }
            nextHasYear = listed;
        }
        for (int i = 1; i < joined.size(); i++) {
            DateMention decade = joined.get(i - 1);
            DateMention year = joined.get(i);
            if (decade.granularity() == Granularity.DECADE && year.granularity() == Granularity.YEAR
                    && year.modifier() == null && ROUND_YEAR.matcher(year.text()).matches()
                    && lists.joinsAt(folded, decade.end(), year.start())) {
                joined.set(i, with(year, year.value().substring(0, 3), Granularity.DECADE));
            }
        }
        return joined;
    }

    /**
     * The mentions with the months' names listed after a month, which only the words before the first say are months:
     * "juin" of "en avril, mai et juin" is in the first one's year.
     */
    private static List<DateMention> withMonthsListed(String language, String text, String folded, ListedDays lists,
                                                      List<DateMention> mentions) {
        MonthNames months = MonthNames.of(language);
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            DateMention month = mentions.get(i);
            joined.add(month);
            int nextStart = i + 1 < mentions.size() ? mentions.get(i + 1).start() : text.length();
            Matcher listed = isMonth(month) ? lists.monthListedAt(folded, month.end()) : null;
            while (listed != null && listed.end() <= nextStart && months.writtenAsMonth(text, listed)) {
                month = new DateMention(text.substring(listed.start("month"), listed.end("month")),
                        listed.start("month"), listed.end("month"), month.value().substring(0, 5)
                        + String.format("%02d", months.number(listed.group("month"))), Granularity.MONTH, null,
                        null, month.inReferences());
                joined.add(month);
                listed = lists.monthListedAt(folded, month.end());
            }
        }
        return joined;
    }

    private static boolean isMonth(DateMention mention) {
        return mention.granularity() == Granularity.MONTH && mention.rangeEnd() == null
                && MONTH.matcher(mention.value()).matches();
    }

    private static DateMention with(DateMention mention, String value, Granularity granularity) {
        return new DateMention(mention.text(), mention.start(), mention.end(), value, granularity,
                mention.modifier(), null, mention.inReferences());
    }
}
