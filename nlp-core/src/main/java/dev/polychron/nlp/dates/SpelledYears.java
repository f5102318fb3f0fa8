package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written in words right after a date, "Easter Sunday two thousand ten", read by ICU's spell-out rules for
 * years. Only where the clause ends with it: "at Easter two thousand pilgrims came" counts pilgrims.
 */
final class SpelledYears {

    private static final String YEAR_RULES = "%spellout-numbering-year";
    private static final String NUMBER_RULES = "%spellout-numbering";
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2999;
    /** Longer than any year's words: "one thousand nine hundred and ninety-nine". */
    private static final int MAX_LENGTH = 60;
    private static final Pattern WORD_AFTER_SPACE = Pattern.compile("\\s+(?=\\p{L})");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;:!?)]|$)");

    /** ICU's parser keeps state: used by one thread at a time. */
    private final RuleBasedNumberFormat spellOut;

    private SpelledYears(RuleBasedNumberFormat spellOut) {
        this.spellOut = spellOut;
    }

    static SpelledYears of(ULocale locale) {
        RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        spellOut.setDefaultRuleSet(Arrays.asList(spellOut.getRuleSetNames()).contains(YEAR_RULES) ? YEAR_RULES
                : NUMBER_RULES);
        return new SpelledYears(spellOut);
    }

    /** The year spelled out after a space at {@code from} in folded text, where the clause ends with it. */
    Optional<Year> after(String folded, int from) {
        Matcher space = WORD_AFTER_SPACE.matcher(folded).region(from, folded.length());
        if (!space.lookingAt()) {
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
