package dev.polychron.nlp.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names by their words' keys joined with {@link Keys#SEPARATOR}, for longest-match scanning: one lookup of a joined
 * key tells both the names it spells and whether a longer name goes on from it, since each lookup in a table this
 * large is a cache miss.
 */
final class AliasIndex {

    /** The names spelt by a joined key (null if none) and whether some longer name starts with it. */
    static final class Entry {
        private Gazetteer.Alias[] aliases;
        private boolean prefix;

        Gazetteer.Alias[] aliases() {
            return aliases;
        }

        boolean isPrefix() {
            return prefix;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>(1 << 18);

    /** The entry of a joined key, or null if no name is or starts with it. */
    Entry get(String key) {
        return entries.get(key);
    }

    void insert(List<String> keys, Gazetteer.Alias alias) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                entry(joined.toString()).prefix = true;
                joined.append(Keys.SEPARATOR);
            }
            joined.append(keys.get(i));
        }
        Entry entry = entry(joined.toString());
        Gazetteer.Alias[] existing = entry.aliases;
        if (existing == null) {
            entry.aliases = new Gazetteer.Alias[] {alias};
            return;
        }
        for (Gazetteer.Alias other : existing) {
            if (other.entity().equals(alias.entity()) && other.source() == alias.source()
                    && other.languages().equals(alias.languages()) && other.adjective() == alias.adjective()
                    && other.lowerCase() == alias.lowerCase()) {
                return;
            }
        }
        Gazetteer.Alias[] grown = Arrays.copyOf(existing, existing.length + 1);
        grown[existing.length] = alias;
        entry.aliases = grown;
    }

    private Entry entry(String key) {
        return entries.computeIfAbsent(key, k -> new Entry());
    }
}
