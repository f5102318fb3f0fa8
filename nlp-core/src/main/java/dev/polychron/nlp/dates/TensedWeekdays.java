package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A weekday named alone is the nearest day of its name (see {@link Weekdays#nearest}), unless the words beside it, or
 * else its clause, say which way to look ({@link ClauseTense}): "they will meet on Friday" is the next Friday, "the
 * minister said on Friday" the last one, whatever day the article was written.
 */
final class TensedWeekdays {

    private static final int WEEK = 7;

    private final Map<String, DayOfWeek> names;
    private final ClauseTense tense;

    private TensedWeekdays(Map<String, DayOfWeek> names, ClauseTense tense) {
        this.names = names;
        this.tense = tense;
    }

    static TensedWeekdays of(String language) {
        ClauseTense tense = ClauseTense.of(language);
        ULocale locale = ULocale.forLanguageTag(language);
        return new TensedWeekdays(tense == null || !Weekdays.readAlone(locale) ? Map.of() : Weekdays.names(locale),
                tense);
    }

    /** The mentions, each weekday named alone moved to the next or last day of its name where its clause says so. */
    List<DateMention> resolve(String text, String folded, List<DateMention> mentions, LocalDate reference) {
        if (names.isEmpty()) {
            return mentions;
        }
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            DayOfWeek day = names.get(folded.substring(mention.start(), mention.end()));
            resolved.add(day == null ? mention : inTense(text, mention, day, reference));
        }
        return resolved;
    }

    private DateMention inTense(String text, DateMention mention, DayOfWeek day, LocalDate reference) {
        // the words beside the day first: "The plant will close in June, the company said on Tuesday."
        ClauseTense.Tense beside = tense.beside(text, mention.start(), mention.end());
        ClauseTense.Tense said = beside != ClauseTense.Tense.NONE ? beside
                : tense.around(text, mention.start(), mention.end());
        if (said == ClauseTense.Tense.NONE) {
            return mention;
        }
        int ahead = Math.floorMod(day.getValue() - reference.getDayOfWeek().getValue(), WEEK);
        LocalDate date = said == ClauseTense.Tense.FUTURE ? reference.plusDays(ahead == 0 ? WEEK : ahead)
                : reference.minusDays(Math.floorMod(WEEK - ahead, WEEK));
        return new DateMention(mention.text(), mention.start(), mention.end(), date.toString(),
                mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
    }
}
