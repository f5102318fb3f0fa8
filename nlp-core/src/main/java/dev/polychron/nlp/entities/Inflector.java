package dev.polychron.nlp.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Case forms of names in languages that decline them, generated from the nominative that CLDR and the alias table
 * give: Greek "Ρωσία" gives "Ρωσίας", "Σοβιετική Ένωση" gives "Σοβιετικής Ένωσης"; Russian "Россия" gives
 * "России", "Россию", "Россией"; German "Russland" gives "Russlands". Works on lookup keys (lower case, Greek
 * accents folded). The words before the first function word decline together, for every prefix length, so both
 * "Σοβιετικής Ένωσης" (adjective and noun) and "Συμβουλίου Βορειοατλαντικής Συνεργασίας" (head with a genitive
 * complement) are found.
 */
final class Inflector {

    /** Greek endings: nominative, genitive, accusative. */
    private static final String[][] GREEK = {
            {"ες", "ες", "ων", "ες"},
            {"ος", "ος", "ου", "ο"},
            {"ας", "ας", "α", "α"},
            {"ης", "ης", "η", "η"},
            {"ια", "ια", "ιας", "ια"},
            {"α", "α", "ας", "α"},
            {"η", "η", "ης", "η"},
            {"ο", "ο", "ου", "ο"},
            {"ι", "ι", "ιου", "ι"},
    };

    /** Russian endings: nominative, genitive, dative, accusative, instrumental, prepositional. */
    private static final String[][] RUSSIAN = {
            {"ий", "ий", "ого", "ому", "ий", "им", "ом"},
            {"ый", "ый", "ого", "ому", "ый", "ым", "ом"},
            {"ой", "ой", "ого", "ому", "ой", "ым", "ом"},
            {"ая", "ая", "ой", "ой", "ую", "ой", "ой"},
            {"ы", "ы", "ов", "ам", "ы", "ами", "ах"},
            {"ое", "ое", "ого", "ому", "ое", "ым", "ом"},
            {"ие", "ие", "их", "им", "ие", "ими", "их"},
            {"ые", "ые", "ых", "ым", "ые", "ыми", "ых"},
            {"ия", "ия", "ии", "ии", "ию", "ией", "ии"},
            {"ов", "ов", "ова", "ову", "ова", "овым", "ове"},
            {"ев", "ев", "ева", "еву", "ева", "евым", "еве"},
            {"ин", "ин", "ина", "ину", "ина", "иным", "ине"},
            {"й", "й", "я", "ю", "й", "ем", "е"},
            {"ь", "ь", "и", "и", "ь", "ью", "и"},
            {"а", "а", "ы", "е", "у", "ой", "е"},
            {"я", "я", "и", "е", "ю", "ей", "е"},
            {"о", "о", "а", "у", "о", "ом", "е"},
    };

    static {
        for (String[] row : GREEK) {
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i].replace('ς', 'σ');
            }
        }
    }

    private static final String RUSSIAN_CONSONANTS = "бвгджзклмнпрстфхцчшщ";

    private Inflector() {
    }

    /** The other case forms of a name given as lookup-key words; empty when the language declines nothing. */
    static Set<List<String>> variants(List<String> words, String language, Set<String> functionWords) {
        Set<List<String>> variants = new LinkedHashSet<>();
        switch (language) {
            case "el" -> decline(words, GREEK, 3, functionWords, variants);
            case "ru", "uk", "be" -> decline(words, RUSSIAN, 6, functionWords, variants);
            case "de" -> {
                String last = words.get(words.size() - 1);
                if (last.length() > 2 && !last.endsWith("s") && !last.endsWith("ß") && !last.endsWith("x")
                        && !last.endsWith("z") && Character.isLetter(last.charAt(last.length() - 1))) {
                    List<String> genitive = new ArrayList<>(words);
                    genitive.set(words.size() - 1, last + "s");
                    variants.add(genitive);
                }
            }
            default -> {
            }
        }
        variants.remove(words);
        return variants;
    }

    private static void decline(List<String> words, String[][] table, int cases, Set<String> functionWords,
                                Set<List<String>> variants) {
        int declinable = 0;
        while (declinable < words.size() && !functionWords.contains(words.get(declinable))
                && !words.get(declinable).equals("-")) {
            declinable++;
        }
        for (int prefix = 1; prefix <= declinable; prefix++) {
            for (int c = 1; c <= cases; c++) {
                List<String> variant = new ArrayList<>(words);
                boolean changed = false;
                for (int w = 0; w < prefix; w++) {
                    String form = form(words.get(w), table, c);
                    if (form != null) {
                        variant.set(w, form);
                        changed = true;
                    }
                }
                if (changed) {
                    variants.add(variant);
                }
            }
        }
    }

    private static String form(String word, String[][] table, int caseIndex) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return null;
        }
        for (String[] row : table) {
            if (word.endsWith(row[0]) && word.length() > row[0].length() + 1) {
                return word.substring(0, word.length() - row[0].length()) + row[caseIndex];
            }
        }
        char last = word.charAt(word.length() - 1);
        if (table == RUSSIAN && RUSSIAN_CONSONANTS.indexOf(last) >= 0) {
            String[] endings = {"", "а", "у", "", "ом", "е"};
            return word + endings[caseIndex - 1];
        }
        return null;
    }
}
