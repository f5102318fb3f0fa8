package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.TextFolding;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the sixty years of the Chinese calendar's cycle in a language, from CLDR via ICU ("Mậu Thân", "戊申",
 * "무신"), as written after a feast: "Tết Mậu Thân" is the Tết of 1968. Without a year in digits the name means the
 * latest year of that name up to the reference's, as histories name past years so.
 */
final class CyclicYears {

    /** The first year of a cycle, Giáp Tý (甲子). */
    private static final int CYCLE_START = 1984;
    private static final int CYCLE = 60;

    private final Map<String, Integer> indexByName;
    private final Pattern nameAfter;

    private CyclicYears(Map<String, Integer> indexByName) {
        this.indexByName = indexByName;
        this.nameAfter = indexByName.isEmpty() ? null
                : Pattern.compile("^\\s+(" + Alternation.of(indexByName.keySet()) + ")(?![\\p{L}\\p{N}])");
    }

    static CyclicYears of(ULocale locale) {
        String[] names = new DateFormatSymbols(new ChineseCalendar(), locale)
                .getYearNames(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
        Map<String, Integer> indexByName = new HashMap<>();
        // a locale without names of its own gets numbers ("1" to "60"), which are no names
        for (int i = 0; names != null && i < names.length; i++) {
            if (names[i].codePoints().anyMatch(Character::isLetter)) {
                indexByName.put(TextFolding.fold(names[i]), i);
            }
        }
        return new CyclicYears(indexByName);
    }

    /** The cyclic year's name at the start of {@code after} (folded text after a feast's name), if there is one. */
    Matcher nameAt(String after) {
        return nameAfter == null ? null : nameAfter.matcher(after);
    }

    /** The folded names of the cycle's years. */
    Set<String> names() {
        return indexByName.keySet();
    }

    /** The latest year named {@code name} up to {@code year}. */
    int latestUpTo(String name, int year) {
        return year - Math.floorMod(year - CYCLE_START - indexByName.get(name), CYCLE);
    }
}
