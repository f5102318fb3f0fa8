package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round years listed after a decade are decades too: "les années 1960 et 1970", "negli anni 1950, 1960 e 1970",
 * "las décadas de 1890 y 1900" are the 1960s and the 1970s, not the 1960s and the year 1970; so are English tens
 * listed after one, in its century: "the 60s and 70s", "the 1880s and 90s", "the '50s, '60s and '70s". The days and
 * months of a list are {@link ListedYears}'s.
 */
final class ListedDecades {

    private static final Pattern ROUND_YEAR = Pattern.compile("\\d{3}0");
    /** English tens of a decade without their century, read only in a list after a decade: "and 70s", "and '70s". */
    private static final Pattern TENS = Pattern.compile("(?<![\\p{L}\\p{N}'’])['’]?(?<tens>[2-9])0s\\b");
    /** The most characters from a decade to the end of the tens listed after it: ", and '70s". */
    private static final int TENS_REACH = 12;

    private ListedDecades() {
    }

    /** The mentions in text order, each round year listed after a decade a decade. */
    static List<DateMention> join(String language, String text, String folded, List<DateMention> mentions) {
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
        return ULocale.forLanguageTag(language).getLanguage().equals("en") ? withListedTens(text, folded, lists, joined)
                : joined;
    }

    /** The mentions with the tens listed after each decade as decades of its century. */
    private static List<DateMention> withListedTens(String text, String folded, ListedDays lists,
                                                    List<DateMention> mentions) {
        List<DateMention> listed = new ArrayList<>(mentions);
        for (int i = 0; i < listed.size(); i++) {
            DateMention decade = listed.get(i);
            if (decade.granularity() != Granularity.DECADE || decade.value().length() != 3) {
                continue;
            }
            Matcher tens = TENS.matcher(text).region(decade.end(), Math.min(text.length(), decade.end() + TENS_REACH));
            int next = i + 1 < listed.size() ? listed.get(i + 1).start() : text.length();
            if (tens.find() && tens.end() <= next && lists.joinsAt(folded, decade.end(), tens.start())) {
                listed.add(i + 1, new DateMention(tens.group(), tens.start(), tens.end(),
                        decade.value().substring(0, 2) + tens.group("tens"), Granularity.DECADE, null, null,
                        decade.inReferences()));
            }
        }
        return listed;
    }
}
