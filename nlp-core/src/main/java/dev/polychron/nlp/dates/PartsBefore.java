package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period read without a part word of its own, with one right before it: "the end of next year", "early last
 * month", "cuối năm sau", "στα τέλη του περασμένου μήνα". The period's rule knows nothing of parts (relative years
 * and months are read by {@link RelativeDates}), so the part joins it here, as {@link PartSuffixes} joins one after.
 * A half before a century, decade or month is its start or end: "во второй половине XX века".
 */
final class PartsBefore {

    private static final Set<Granularity> PERIODS = Set.of(Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER,
            Granularity.SEASON, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY);
    /**
     * The periods a half before them makes a start or end of: a year's half is a half-year ({@link Quarters}), and
     * one that stays a year belongs to something else ("the first half of the 2010 season").
     */
    private static final Set<Granularity> HALVED = Set.of(Granularity.MONTH, Granularity.DECADE, Granularity.CENTURY);
    /** How far before a period its part phrase may begin: the longest phrase with its joining word. */
    private static final int REACH = 48;

    private final Map<String, Modifier> modifierByPhrase;
    private final Pattern partBefore;
    private final Pattern partOrHalfBefore;

    private PartsBefore(Map<String, Modifier> modifierByPart, Map<String, Modifier> modifierByHalf, String joiners,
                        String notAfter) {
        this.modifierByPhrase = new HashMap<>(modifierByPart);
        modifierByPhrase.putAll(modifierByHalf);
        this.partBefore = phraseBefore(modifierByPart.keySet(), joiners, notAfter);
        this.partOrHalfBefore = phraseBefore(modifierByPhrase.keySet(), joiners, notAfter);
    }

    /**
     * Joins the part phrases of {@code modifierByPart} and those of a half of {@code modifierByHalf} (folded), with
     * {@code joiners} ("of", "του") after them, where the lookbehind {@code notAfter} allows.
     */
    static PartsBefore of(Map<String, Modifier> modifierByPart, Map<String, Modifier> modifierByHalf,
                          String joiners, String notAfter) {
        return new PartsBefore(modifierByPart, modifierByHalf, joiners, notAfter);
    }

    /** A phrase that ends in an elided article stands right against its period: "fine dell'Ottocento". */
    private static Pattern phraseBefore(Set<String> phrases, String joiners, String notAfter) {
        return Pattern.compile("(?U)" + notAfter + "(?<![\\p{L}\\p{N}])(?<part>" + Alternation.of(phrases)
                + ")(?:[\\s-]+(?:(?:" + joiners + ")\\s+)?|(?<='))\\z");
    }

    /** The mentions, each period without a modifier that a part phrase precedes taking it in. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (DateMention mention : mentions) {
            // a mention that the one before reaches into (its part word after it: "2023年12月年底" over the bare
            // "年底") has no room before it for a part of its own
            Matcher part = (HALVED.contains(mention.granularity()) ? partOrHalfBefore : partBefore)
                    .matcher(folded).useTransparentBounds(true)
                    .region(Math.max(previousEnd, mention.start() - REACH), Math.max(previousEnd, mention.start()));
            Modifier modifier = PERIODS.contains(mention.granularity()) && mention.modifier() == null && part.find()
                    ? modifierByPhrase.get(part.group("part").replaceAll("\\s+", " ")) : null;
            // "(c. 1450 – 1520)": a range is only approximate as a whole, not early or late
            if (modifier != null && (mention.rangeEnd() == null || modifier == Modifier.APPROX)) {
                joined.add(new DateMention(text.substring(part.start(), mention.end()), part.start(), mention.end(),
                        mention.value(), mention.granularity(), modifier, mention.rangeEnd(), mention.inReferences()));
            } else {
                joined.add(mention);
            }
            previousEnd = Math.max(previousEnd, mention.end());
        }
        return joined;
    }
}
