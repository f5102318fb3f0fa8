package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month or a year with a word after it for a part of it ({@code part-suffixes.tsv}): "6月末" is the end of June,
 * "3月上旬" its start, "2019年末" the end of 2019, as "end of June" is in English: the same value, with a modifier.
 * A relative week, month, quarter or year takes the part words written before a period the same way ("early next
 * year", "the end of this month", "at the beginning of next week"): the rules join them only to the periods they
 * name themselves.
 */
final class PartSuffixes {

    private static final List<String[]> LINES = DataFiles.lines(PartSuffixes.class, "part-suffixes.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final String WHOLE = "-";
    private static final Set<Granularity> PERIODS_AFTER_PARTS = Set.of(Granularity.WEEK, Granularity.MONTH,
            Granularity.QUARTER, Granularity.YEAR);

    private final Map<String, Optional<Modifier>> modifierByWord;
    private final Pattern word;
    private final Map<String, Modifier> modifierByPartBefore;
    /** A part before a period, ending where the period begins: the matcher's region ends there. */
    private final Pattern partBefore;
    /** How far before a period {@link #partBefore} is looked for: its longest part and two spaces. */
    private final int partBeforeReach;

    private PartSuffixes(Map<String, Optional<Modifier>> modifierByWord, Map<String, Modifier> modifierByPartBefore) {
        this.modifierByWord = modifierByWord;
        this.word = Pattern.compile(Alternation.of(modifierByWord.keySet()));
        this.modifierByPartBefore = modifierByPartBefore;
        this.partBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(?<part>"
                + Alternation.of(modifierByPartBefore.keySet()) + ")[\\s-]+$");
        this.partBeforeReach = modifierByPartBefore.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    }

    static PartSuffixes of(String language) {
        Map<String, Optional<Modifier>> modifierByWord = new HashMap<>();
        for (String[] columns : LINES) {
            if (columns[0].equals(language)) {
                Optional<Modifier> modifier = columns[1].equals(WHOLE) ? Optional.empty()
                        : Optional.of(Modifier.valueOf(columns[1]));
                for (String form : columns[2].split("\\|")) {
                    modifierByWord.put(TextFolding.fold(form), modifier);
                }
            }
        }
        return new PartSuffixes(modifierByWord, RuleBasedDateExtractor.partsBefore(language));
    }

    /**
     * The mentions, each month or year that a part word follows taking it in, and each week, month, quarter or year
     * that a part word comes before.
     */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (DateMention mention : mentions) {
            boolean plain = mention.modifier() == null && mention.rangeEnd() == null;
            Matcher after = word.matcher(folded).region(mention.end(), folded.length());
            int reach = Math.min(mention.start(), Math.max(previousEnd, mention.start() - partBeforeReach));
            Matcher before = partBefore.matcher(folded).useTransparentBounds(true).region(reach, mention.start());
            boolean whole = mention.granularity() == Granularity.MONTH || mention.granularity() == Granularity.YEAR;
            if (plain && whole && !modifierByWord.isEmpty() && after.lookingAt()) {
                joined.add(new DateMention(text.substring(mention.start(), after.end()), mention.start(), after.end(),
                        mention.value(), mention.granularity(), modifierByWord.get(after.group()).orElse(null), null,
                        mention.inReferences()));
            } else if (plain && PERIODS_AFTER_PARTS.contains(mention.granularity()) && before.find()) {
                joined.add(new DateMention(text.substring(before.start(), mention.end()), before.start(),
                        mention.end(), mention.value(), mention.granularity(),
                        modifierByPartBefore.get(before.group("part")), null, mention.inReferences()));
            } else {
                joined.add(mention);
            }
            previousEnd = joined.get(joined.size() - 1).end();
        }
        return joined;
    }
}
