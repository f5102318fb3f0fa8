package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.DataFiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that a part phrase names by its unit alone (part-units.tsv): "by the end of the year", "at the beginning
 * of the month", "early in the week". Where its clause tells of the future, it is the reference's, as news write ("The
 * plant will close by the end of the year."); else the year, month or week of the date told shortly before it, as
 * histories go on ("The siege began in March 1915. By the end of the year the town was lost." is 1915, END), and none
 * where no date stands before it ("Prices rose by the end of the year"), as for any anaphora, or where that date is
 * vaguer than the unit ("in 1915 … by the end of the month").
 */
final class PartsOfUnits {

    private static final Map<String, Granularity> UNITS = Map.of("week", Granularity.WEEK,
            "month", Granularity.MONTH, "year", Granularity.YEAR);
    private static final Map<String, Map<String, Granularity>> NOUNS = nouns();
    /** How far before its noun a part phrase may begin: the longest phrase with its space. */
    private static final int REACH = 24;
    /** After the noun, what makes it no period of its own: "the year 1990", "the year-end review". */
    private static final Pattern NOT_AFTER = Pattern.compile("(?U)[\\p{L}\\p{N}]|-\\p{L}|\\s+\\p{N}");
    /** How many years from the reference a date told before stands when it is not the reference's own time. */
    private static final int FAR_YEARS = 2;
    private static final PartsOfUnits NONE = new PartsOfUnits(Map.of(), Map.of(), null);

    private final Map<String, Granularity> unitByNoun;
    private final Map<String, Modifier> modifierByPart;
    private final Pattern partBefore;
    private final ClauseTense tense;

    private PartsOfUnits(Map<String, Granularity> unitByNoun, Map<String, Modifier> modifierByPart,
                         ClauseTense tense) {
        this.unitByNoun = unitByNoun;
        this.modifierByPart = modifierByPart;
        this.partBefore = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?<part>" + Alternation.of(modifierByPart.keySet())
                + ")\\s+\\z");
        this.tense = tense;
    }

    /** The reader of {@code language}'s nouns, with its part phrases (folded) and tense reader (or null). */
    static PartsOfUnits of(String language, Map<String, Modifier> modifierByPart, ClauseTense tense) {
        Map<String, Granularity> nouns = NOUNS.get(ULocale.forLanguageTag(language).getLanguage());
        return nouns == null ? NONE : new PartsOfUnits(nouns, modifierByPart, tense);
    }

    private static Map<String, Map<String, Granularity>> nouns() {
        Map<String, Map<String, Granularity>> nouns = new HashMap<>();
        for (String line : DataFiles.lines(PartsOfUnits.class, "part-units.tsv")) {
            String[] columns = line.split("\t");
            for (String noun : columns[2].split("\\|")) {
                nouns.computeIfAbsent(columns[0], language -> new HashMap<>()).put(noun, UNITS.get(columns[1]));
            }
        }
        return nouns;
    }

    /** The mentions in text order with the periods named by a part phrase and their unit added. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions, LocalDate reference) {
        List<DateMention> joined = null;
        for (Map.Entry<String, Granularity> noun : unitByNoun.entrySet()) {
            for (int at = folded.indexOf(noun.getKey()); at >= 0; at = folded.indexOf(noun.getKey(), at + 1)) {
                int end = at + noun.getKey().length();
                Matcher part = partBefore.matcher(folded).useTransparentBounds(true)
                        .region(Math.max(0, at - REACH), at);
                if (!part.find() || NOT_AFTER.matcher(folded).region(end, folded.length()).lookingAt()
                        || overlaps(mentions, part.start(), end)) {
                    continue;
                }
                Optional<String> value = value(text, part.start(), end, noun.getValue(), mentions, reference);
                if (value.isPresent()) {
                    joined = joined == null ? new ArrayList<>(mentions) : joined;
                    joined.add(new DateMention(text.substring(part.start(), end), part.start(), end, value.get(),
                            noun.getValue(), modifierByPart.get(part.group("part")), null, false));
                }
            }
        }
        if (joined == null) {
            return mentions;
        }
        joined.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return joined;
    }

    private static boolean overlaps(List<DateMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(mention -> mention.start() < end && start < mention.end());
    }

    /**
     * The period's value: the reference's where its clause tells of the future; else that of the date told before it,
     * where its clause tells of the past or that date is near the reference. Not where the clause tells no tense and
     * that date is years away, as a history may go on without a past form the tense reads ("By the end of the year
     * the town had fallen"), and a news report beside an old year ("The firm, founded in 1998, expects profits by the
     * end of the year").
     */
    private Optional<String> value(String text, int start, int end, Granularity unit, List<DateMention> mentions,
                                   LocalDate reference) {
        ClauseTense.Tense clauseTense = tense == null ? ClauseTense.Tense.NONE : tense.around(text, start, end);
        if (clauseTense == ClauseTense.Tense.FUTURE) {
            return Optional.of(AnaphoricDates.format(reference, unit));
        }
        return mentions.stream().filter(mention -> mention.end() <= start && !mention.inReferences()
                        && start - mention.end() <= TensedYears.PARAGRAPH_REACH
                        && mention.granularity().compareTo(Granularity.DAY) >= 0).reduce((a, b) -> b)
                .filter(told -> told.granularity().compareTo(unit) <= 0)
                .flatMap(told -> AnaphoricDates.firstDay(told.value(), told.granularity()))
                .filter(day -> clauseTense == ClauseTense.Tense.PAST
                        || Math.abs(day.getYear() - reference.getYear()) < FAR_YEARS)
                .map(day -> AnaphoricDates.format(day, unit));
    }
}
