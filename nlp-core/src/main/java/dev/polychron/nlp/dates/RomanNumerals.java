package dev.polychron.nlp.dates;

import java.util.Locale;
import java.util.Map;

/** Small Roman numerals, as centuries are written in French, Spanish, Russian or Vietnamese ("XIX"). */
final class RomanNumerals {

    private static final Map<Character, Integer> VALUES = Map.of('i', 1, 'v', 5, 'x', 10, 'l', 50);

    private RomanNumerals() {
    }

    /** The value of a numeral of i, v, x and l; 0 when it is not one. */
    static int parse(String numeral) {
        String lower = numeral.toLowerCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < lower.length(); i++) {
            Integer value = VALUES.get(lower.charAt(i));
            if (value == null) {
                return 0;
            }
            Integer next = i + 1 < lower.length() ? VALUES.get(lower.charAt(i + 1)) : null;
            total += next != null && next > value ? -value : value;
        }
        return total;
    }
}
