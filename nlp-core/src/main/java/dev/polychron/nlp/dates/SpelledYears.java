package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.nlp.text.TextFolding;

import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written in words right after a date, "Easter Sunday two thousand ten", "cuatro de mayo de mil novecientos
 * noventa", read by ICU's spell-out rules for years. Only where the clause ends with it: "at Easter two thousand
 * pilgrims came" counts pilgrims.
 */
final class SpelledYears {

    private static final String YEAR_RULES = "%spellout-numbering-year";
    private static final String NUMBER_RULES = "%spellout-numbering";
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2999;
    private static final int YEAR_DIGITS = 4;
    private static final int OPENING_NUMBERS = 20;
    private static final int THOUSAND = 1000;
    /** Longer than any year's words: "one thousand nine hundred and ninety-nine". */
    private static final int MAX_LENGTH = 60;
    /** What may stand between a date and its year: "Christmas, nineteen ninety", "4 de mayo de mil novecientos". */
    private static final Pattern GAP = Pattern.compile("(?:\\s*,)?\\s+(?:(?:of|de|del)\\s+)?(?=\\p{L})");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;:!?)]|$)");

    /** ICU's parser keeps state: used by one thread at a time. */
    private final RuleBasedNumberFormat spellOut;
    /** How a year's words may begin: a number to twenty ("nineteen", "twenty", "zwei-"), or a thousand ("mil"). */
    private final List<String> openings;
    private final MonthNames months;
    private final Set<String> weekdays;

    private SpelledYears(RuleBasedNumberFormat spellOut, List<String> openings, MonthNames months,
                         Set<String> weekdays) {
        this.spellOut = spellOut;
        this.openings = openings;
        this.months = months;
        this.weekdays = weekdays;
    }

    static SpelledYears of(ULocale locale) {
        RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        spellOut.setDefaultRuleSet(Arrays.asList(spellOut.getRuleSetNames()).contains(YEAR_RULES) ? YEAR_RULES
                : NUMBER_RULES);
        Set<String> openings = new HashSet<>(SpelledNumbers.cardinals(locale, OPENING_NUMBERS).keySet());
        openings.add(SpelledNumbers.fold(spellOut.format(THOUSAND)).split("[\\s-]")[0]);
        return new SpelledYears(spellOut, List.copyOf(openings), MonthNames.of(locale.toLanguageTag()),
                Set.copyOf(Weekdays.names(locale).keySet()));
    }

    /**
     * {@code sorted} with each day or month written without its year joined to the year spelled out after it, in
     * that year.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        int covered = 0;
        for (DateMention mention : sorted) {
            if (mention.start() < covered) {
                continue;
            }
            Optional<Year> year = DaysInRelativeYears.isYearless(mention, this::namesAMonth)
                    ? after(folded, mention.end()) : Optional.empty();
            if (year.isPresent()) {
                joined.add(new DateMention(text.substring(mention.start(), year.get().end()), mention.start(),
                        year.get().end(), year.get().year() + mention.value().substring(YEAR_DIGITS),
                        mention.granularity(), mention.modifier(), null, mention.inReferences()));
                covered = year.get().end();
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    /**
     * Whether {@code text} names a month ("mayo" in "cuatro de mayo"), which a weekday or "tomorrow" does not, and no
     * weekday: "the first Monday of May" falls on another day in another year.
     */
    boolean namesAMonth(String text) {
        List<String> words = Arrays.asList(TextFolding.fold(text).split("[^\\p{L}]+"));
        return words.stream().anyMatch(word -> months.number(word) > 0) && words.stream().noneMatch(weekdays::contains);
    }

    /** The year spelled out after {@code from} in folded text, where the clause ends with it. */
    Optional<Year> after(String folded, int from) {
        Matcher space = GAP.matcher(folded).region(from, folded.length());
        if (!space.lookingAt() || openings.stream().noneMatch(opening -> folded.startsWith(opening, space.end()))) {
            return Optional.empty();
        }
        ParsePosition position = new ParsePosition(0);
        Number number;
        synchronized (spellOut) {
            number = spellOut.parse(folded.substring(space.end(), Math.min(folded.length(), space.end() + MAX_LENGTH)),
                    position);
        }
        int end = space.end() + position.getIndex();
        if (position.getIndex() == 0 || number.doubleValue() != number.intValue()
                || number.intValue() < FIRST_YEAR || number.intValue() > LAST_YEAR
                || !CLAUSE_END.matcher(folded).region(end, folded.length()).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Year(number.intValue(), end));
    }

    /** A year and where its words end. */
    record Year(int year, int end) {
    }
}
