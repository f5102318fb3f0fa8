package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.TextFolding;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts written in words ("three", "drei", "trois", "τρεις", "трёх"), as ICU's spell-out rules give them in every
 * cardinal gender and case they know for the language, folded like the text they are looked for in.
 */
final class SpelledNumbers {

    private SpelledNumbers() {
    }

    /** The spelled forms of 1 to {@code max}, by form; empty when ICU spells out nothing for the language. */
    static Map<String, Integer> cardinals(ULocale locale, int max) {
        RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> forms = new HashMap<>();
        for (String ruleSet : spellOut.getRuleSetNames()) {
            if (ruleSet.contains("cardinal") || ruleSet.equals("%spellout-numbering")) {
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
