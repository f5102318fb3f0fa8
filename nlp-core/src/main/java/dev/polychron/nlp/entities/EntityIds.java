package dev.polychron.nlp.entities;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/** Builds stable, script-independent entity ids from names. */
public final class EntityIds {

    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private EntityIds() {
    }

    /** The id of a country or territory, by region code. */
    public static String ofRegion(String region) {
        return "loc-" + region.toLowerCase(Locale.ROOT);
    }

    /** The id of a name that links to nothing better: its ASCII transliteration, lower case, dashed. */
    public static String ofName(String name) {
        String ascii = TO_ASCII.get().transliterate(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "name-" + (ascii.isEmpty() ? Integer.toHexString(name.hashCode()) : ascii);
    }
}
