package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names of a language from CLDR (via ICU4J): wide and abbreviated, format (genitive) and stand-alone forms.
 */
final class MonthNames {

    private static final Map<String, MonthNames> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Integer> numberByName;
    private final String alternation;

    private MonthNames(Map<String, Integer> numberByName) {
        this.numberByName = numberByName;
        this.alternation = numberByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    static MonthNames of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, MonthNames::load);
    }

    /** A regex alternation of every name, longest first. */
    String alternation() {
        return alternation;
    }

    /** The month number 1..12 of a name matched by {@link #alternation()}, or 0 for an unknown name. */
    int number(String name) {
        return numberByName.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static MonthNames load(String language) {
        Map<String, Integer> names = new LinkedHashMap<>();
        addNames(ULocale.forLanguageTag(language), names);
        if (!language.equals("en")) {
            addNames(ULocale.ENGLISH, names);
        }
        return new MonthNames(names);
    }

    private static void addNames(ULocale locale, Map<String, Integer> names) {
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        Map<String, Integer> forLocale = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(context, width);
                for (int i = 0; i < 12; i++) {
                    String name = months[i].toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    if (name.codePoints().anyMatch(Character::isLetter) && name.length() > 1) {
                        forLocale.putIfAbsent(name, i + 1);
                    }
                }
            }
        }
        forLocale.forEach(names::putIfAbsent);
    }
}
