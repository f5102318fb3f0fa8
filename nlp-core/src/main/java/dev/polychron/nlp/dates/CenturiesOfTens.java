package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English tens written without their century ("the '90s", "the 80s") are the 20th century's, unless a year of an
 * earlier century is told before them in their paragraph, whose story they go on with: "Born in 1885, he worked in
 * the '90s." is the 1890s, "The railway opened in 1845. In the 60s the town grew." the 1860s. Not tens before the
 * told year's decade, which tell no story after it ("The church was built in 1885. In the 60s it was restored.").
 */
final class CenturiesOfTens {

    /** A decade's tens at the end of its mention, with no century written: "the late '90s", "the 80s". */
    private static final Pattern TENS = Pattern.compile("(?<![\\p{N}])['’]?(?<tens>[2-9])0s\\z");
    /** The first year of the century that the tens are read in without a year told before them. */
    private static final int OWN_CENTURY = 1900;

    private CenturiesOfTens() {
    }

    /** The mentions in text order, each decade of tens alone in the earlier century of the year told before it. */
    static List<DateMention> resolve(String text, List<DateMention> mentions) {
        List<DateMention> resolved = new ArrayList<>(mentions);
        DateMention told = null;
        for (int i = 0; i < resolved.size(); i++) {
            DateMention mention = resolved.get(i);
            Matcher tens = TENS.matcher(mention.text());
            if (mention.granularity() == Granularity.DECADE && tens.find() && told != null
                    && TensedYears.inOneParagraph(text, told.end(), mention.start())) {
                int year = Integer.parseInt(told.value().substring(0, 4));
                int decade = year / 100 * 10 + Integer.parseInt(tens.group("tens"));
                if (year < OWN_CENTURY && decade >= year / 10) {
                    resolved.set(i, new DateMention(mention.text(), mention.start(), mention.end(),
                            String.valueOf(decade), Granularity.DECADE, mention.modifier(), null,
                            mention.inReferences()));
                }
            }
            if (TensedYears.YEAR_FIRST.matcher(mention.value()).matches()) {
                told = mention;
            }
        }
        return resolved;
    }
}
