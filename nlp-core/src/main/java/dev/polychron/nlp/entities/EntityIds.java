package dev.polychron.nlp.entities;

import java.util.List;
import java.util.Locale;

/**
 * Stable, readable, script-independent entity ids: {@code loc-ru} for regions, {@code loc-moscow},
 * {@code org-nato}, {@code per-sergey-lavrov} for canonical entities, and {@code name-<key>} for names that link to
 * nothing better, where the key is the same in every language and script (see {@link NameKey}).
 */
public final class EntityIds {

    private EntityIds() {
    }

    /** The id of a country or territory, by region code. */
    public static String ofRegion(String region) {
        return "loc-" + region.toLowerCase(Locale.ROOT);
    }

    /** The id of a name that links to nothing better. */
    public static String ofName(String name) {
        List<String> words = new java.util.ArrayList<>();
        for (Token token : Tokenizer.tokenize(name)) {
            if (token.isWord()) {
                words.add(token.of(name));
            }
        }
        return ofWords(words);
    }

    static String ofWords(List<String> words) {
        String key = NameKey.of(words);
        return "name-" + (key.isEmpty() ? Integer.toHexString(String.join(" ", words).hashCode()) : key);
    }

    /** Lower-case ASCII words joined by dashes: "Ho Chi Minh City" gives "ho-chi-minh-city". */
    static String slug(String name) {
        String ascii = Keys.folded(name.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
