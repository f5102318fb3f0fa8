package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday named alone is the nearest day of its name (see {@link Weekdays#nearest}), unless the words beside it, or
 * else its clause, say which way to look ({@link ClauseTense}): "they will meet on Friday" is the next Friday, "the
 * minister said on Friday" the last one, whatever day the article was written. Where they say nothing, the caller's
 * {@link DatePreference} may still look one way.
 */
final class TensedWeekdays {

    private static final int WEEK = 7;

    private final Map<String, DayOfWeek> names;
    /** A name with the case ending its language may add ("szombaton", "Παρασκευής"), folded; null where none. */
    private final Pattern named;
    private final ClauseTense tense;

    private TensedWeekdays(Map<String, DayOfWeek> names, String ending, ClauseTense tense) {
        this.names = names;
        this.named = ending.isEmpty() ? null : Pattern.compile("(" + Alternation.of(names.keySet()) + ")" + ending);
        this.tense = tense;
    }

    /** Reads weekdays in {@code language} by {@code tense}; without it (null), only a preference moves them. */
    static TensedWeekdays of(String language, ClauseTense tense) {
        ULocale locale = ULocale.forLanguageTag(language);
        return new TensedWeekdays(Weekdays.readAlone(locale) ? Weekdays.names(locale) : Map.of(),
                Weekdays.ending(locale), tense);
    }

    /**
     * The mentions, each weekday named alone moved to the next or last day of its name where its clause says so, or
     * else where {@code preference} looks one way.
     */
    List<DateMention> resolve(String text, String folded, List<DateMention> mentions, LocalDate reference,
                              DatePreference preference) {
        if (names.isEmpty() || tense == null && preference == DatePreference.NEAREST) {
            return mentions;
        }
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            DayOfWeek day = weekday(folded, mention);
            resolved.add(day == null ? mention : inTense(text, mention, day, reference, preference));
        }
        return resolved;
    }

    /** The weekday the mention names alone, with the case ending the language may add, or null. */
    private DayOfWeek weekday(String folded, DateMention mention) {
        DayOfWeek day = names.get(folded.substring(mention.start(), mention.end()));
        if (day != null || named == null) {
            return day;
        }
        Matcher name = named.matcher(folded).region(mention.start(), mention.end());
        return name.matches() ? names.get(name.group(1)) : null;
    }

    private DateMention inTense(String text, DateMention mention, DayOfWeek day, LocalDate reference,
                                DatePreference preference) {
        ClauseTense.Tense told = told(text, mention);
        ClauseTense.Tense said = told != ClauseTense.Tense.NONE ? told : preference.tense();
        if (said == ClauseTense.Tense.NONE) {
            return mention;
        }
        int ahead = Math.floorMod(day.getValue() - reference.getDayOfWeek().getValue(), WEEK);
        LocalDate date = said == ClauseTense.Tense.FUTURE ? reference.plusDays(ahead == 0 ? WEEK : ahead)
                : reference.minusDays(Math.floorMod(WEEK - ahead, WEEK));
        return new DateMention(mention.text(), mention.start(), mention.end(), date.toString(),
                mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
    }

    private ClauseTense.Tense told(String text, DateMention mention) {
        return tense == null ? ClauseTense.Tense.NONE : tense.told(text, mention.start(), mention.end());
    }
}
