package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.TextFolding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts and ordinals written in words ("three", "drei", "trois", "τρεις", "трёх"; "third", "terzo"), as ICU's
 * spell-out rules give them in every gender and case they know for the language, folded like the text they are
 * looked for in.
 */
final class SpelledNumbers {

    private SpelledNumbers() {
    }

    /** The spelled forms of 1 to {@code max}, by form; empty when ICU spells out nothing for the language. */
    static Map<String, Integer> cardinals(ULocale locale, int max) {
        return spelled(locale, max, ruleSet -> ruleSet.contains("cardinal") || ruleSet.equals("%spellout-numbering"));
    }

    /** The spelled ordinals 1st to {@code max}-th ("third", "dritten", "terzo", "третьем"), by form. */
    static Map<String, Integer> ordinals(ULocale locale, int max) {
        return spelled(locale, max, ruleSet -> ruleSet.contains("ordinal"));
    }

    private static Map<String, Integer> spelled(ULocale locale, int max, Predicate<String> ruleSets) {
        RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> forms = new HashMap<>();
        for (String ruleSet : spellOut.getRuleSetNames()) {
            if (ruleSets.test(ruleSet)) {
                for (int n = 1; n <= max; n++) {
                    forms.putIfAbsent(fold(spellOut.format(n, ruleSet)), n);
                }
            }
        }
        return forms;
    }

    /** Folded as texts are, without soft hyphens, spaces collapsed. */
    static String fold(String spelled) {
        return TextFolding.fold(spelled).replace("\u00ad", "").replaceAll("\\s+", " ").strip();
    }
}
