package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period read without a part word of its own, with one right before it: "the end of next year", "early last
 * month", "cuối năm sau", "στα τέλη του περασμένου μήνα". The period's rule knows nothing of parts (relative years
 * and months are read by {@link RelativeDates}), so the part joins it here, as {@link PartSuffixes} joins one after.
 */
final class PartsBefore {

    private static final Set<Granularity> PERIODS = Set.of(Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER,
            Granularity.SEASON, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY);
    /** How far before a period its part phrase may begin: the longest phrase with its joining word. */
    private static final int REACH = 48;

    private final Map<String, Modifier> modifierByPart;
    private final Pattern partBefore;

    private PartsBefore(Map<String, Modifier> modifierByPart, String joiners) {
        this.modifierByPart = modifierByPart;
        this.partBefore = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?<part>" + Alternation.of(modifierByPart.keySet())
                + ")[\\s-]+(?:(?:" + joiners + ")\\s+)?\\z");
    }

    /** Joins the part phrases of {@code modifierByPart} (folded), with {@code joiners} ("of", "του") after them. */
    static PartsBefore of(Map<String, Modifier> modifierByPart, String joiners) {
        return new PartsBefore(modifierByPart, joiners);
    }

    /** Whether {@code folded} ends with a part phrase and its joining word: "à la fin de ", "Ende des ". */
    boolean endsWithPart(String folded) {
        return partBefore.matcher(folded).find();
    }

    /** The mentions, each period without a modifier that a part phrase precedes taking it in. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (DateMention mention : mentions) {
            Matcher part = partBefore.matcher(folded).useTransparentBounds(true)
                    .region(Math.max(previousEnd, mention.start() - REACH), mention.start());
            if (PERIODS.contains(mention.granularity()) && mention.modifier() == null && mention.rangeEnd() == null
                    && part.find()) {
                joined.add(new DateMention(text.substring(part.start(), mention.end()), part.start(), mention.end(),
                        mention.value(), mention.granularity(),
                        modifierByPart.get(part.group("part").replaceAll("\\s+", " ")), null, mention.inReferences()));
            } else {
                joined.add(mention);
            }
            previousEnd = mention.end();
        }
        return joined;
    }
}
