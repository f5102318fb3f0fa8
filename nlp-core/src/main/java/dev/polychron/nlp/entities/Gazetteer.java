package dev.polychron.nlp.entities;

import dev.polychron.events.EntityType;
import dev.polychron.nlp.text.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every known name, indexed by its words' lookup keys for longest-match scanning: the alias table
 * ({@code aliases.tsv}), CLDR's territories, world regions, languages and cities in every language ICU has, and
 * the Greek, Russian and German case forms of all of them. Also the curated people by name skeleton, the given
 * names and the web-cruft phrases. Built once, lazily, and shared by all threads (read-only after construction).
 */
final class Gazetteer {

    /** A canonical entity. */
    record Entity(String id, EntityType type, String name) {
    }

    /** Where a name comes from, strongest first. */
    enum Source { TABLE, TERRITORY, CITY, LANGUAGE }

    /** One name of an entity as the index holds it. */
    record Alias(Entity entity, Source source, Set<String> languages, boolean adjective, boolean shortForm,
                 boolean lowerCase, boolean inflected, int letters) {

        /** Whether the name is used in {@code language} (or in every language). */
        boolean usedIn(String language) {
            return languages.contains(language) || languages.contains("*");
        }
    }

    private static final String ALIASES = "aliases.tsv";
    private static final String GIVEN_NAMES = "given-names.txt";
    private static final String CRUFT = "cruft.txt";
    private static final Set<String> DECLINING = Set.of("el", "ru", "uk", "be", "de");
    private static final Map<String, Set<String>> FUNCTION_WORDS = new HashMap<>();
    private static final Map<String, List<String>> ADJECTIVE_ENDINGS = Map.of(
            "el", List.of("ος", "η", "ο", "ου", "ης", "ων", "οι", "ες", "α", "ους", "ε"),
            "ru", List.of("ий", "ый", "ой", "ая", "ое", "ие", "ые", "ого", "его", "ому", "ему", "им", "ым", "ом",
                    "ем", "ую", "их", "ых", "ими", "ыми", "ей"),
            "uk", List.of("ий", "а", "е", "і", "ого", "ому", "им", "ім", "ої", "ій", "у", "их", "ими"),
            "de", List.of("", "e", "en", "er", "es", "em"),
            "fr", List.of("", "e", "s", "es"),
            "es", List.of("o", "a", "os", "as"),
            "pt", List.of("o", "a", "os", "as"),
            "it", List.of("o", "a", "i", "e"),
            "en", List.of("", "s"));

    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer();
    }

    private final AliasIndex exact = new AliasIndex();
    private final AliasIndex folded = new AliasIndex();
    private final Map<String, Entity> entitiesById = new HashMap<>();
    private final Map<String, Entity> peopleBySkeleton = new HashMap<>();
    private final Map<String, Entity> peopleBySurname = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, List<List<String>>> cruft = new HashMap<>();
    private int maxWords;

    private Gazetteer() {
        loadAliasTable();
        Map<List<Object>, Set<String>> cldr = new LinkedHashMap<>();
        CldrNames.forEachName(name -> {
            Entity entity = entitiesById.computeIfAbsent(name.entity().id(), id -> name.entity());
            cldr.computeIfAbsent(List.of(name.text(), entity, name.source()), k -> new HashSet<>(2))
                    .add(name.language());
        });
        Map<Set<String>, Set<String>> shared = new HashMap<>();
        cldr.forEach((name, languages) -> add((String) name.get(0), shared.computeIfAbsent(languages, l -> l),
                (Entity) name.get(1), (Source) name.get(2), false, false));
        for (String line : DataFiles.lines(Gazetteer.class, GIVEN_NAMES)) {
            for (String name : line.split("\\s+")) {
                if (!name.isEmpty()) {
                    givenNames.add(NameKey.ofWord(name));
                }
            }
        }
        for (String line : DataFiles.lines(Gazetteer.class, CRUFT)) {
            List<String> keys = new ArrayList<>();
            for (Token token : Tokenizer.tokenize(line)) {
                keys.add(Keys.of(line, token));
            }
            cruft.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
        }
    }

    static Gazetteer instance() {
        return Holder.INSTANCE;
    }

    int maxWords() {
        return maxWords;
    }

    /** The aliases whose words' keys, joined by {@link Keys#SEPARATOR}, are or start with {@code key}; or null. */
    AliasIndex.Entry exact(String key) {
        return exact.get(key);
    }

    /** Like {@link #exact}, with the keys {@link Keys#folded folded}. */
    AliasIndex.Entry folded(String key) {
        return folded.get(key);
    }

    /** A curated person whose full name has this skeleton (see {@link NameKey#skeleton}), or null. */
    Entity personBySkeleton(String skeleton) {
        return peopleBySkeleton.get(skeleton);
    }

    /** A curated person known by this surname skeleton alone ("lvrv" is Sergey Lavrov), or null. */
    Entity personBySurname(String skeleton) {
        return peopleBySurname.get(skeleton);
    }

    boolean isGivenName(String nameKey) {
        return givenNames.contains(nameKey);
    }

    /** The cruft phrases that start with the word whose key is {@code key}. */
    List<List<String>> cruft(String key) {
        return cruft.getOrDefault(key, List.of());
    }

    private void loadAliasTable() {
        Entity entity = null;
        for (String line : DataFiles.lines(Gazetteer.class, ALIASES)) {
            String[] columns = line.split("\t");
            if (line.startsWith("@")) {
                if (columns.length < 3) {
                    throw new IllegalStateException("bad " + ALIASES + " line: " + line);
                }
                entity = new Entity(columns[0].substring(1), EntityType.valueOf(columns[1]), columns[2]);
                if (entitiesById.putIfAbsent(entity.id(), entity) != null) {
                    throw new IllegalStateException("duplicate id in " + ALIASES + ": " + entity.id());
                }
                continue;
            }
            if (entity == null || columns.length != 2) {
                throw new IllegalStateException("bad " + ALIASES + " line: " + line);
            }
            String[] tag = columns[0].split(":");
            String language = tag[0];
            String kind = tag.length > 1 ? tag[1] : "name";
            for (String alias : columns[1].split("\\|")) {
                alias = alias.strip();
                if (alias.isEmpty()) {
                    continue;
                }
                boolean adjective = kind.equals("adj");
                boolean shortForm = kind.equals("short");
                if (adjective && alias.endsWith("~")) {
                    String stem = alias.substring(0, alias.length() - 1);
                    for (String ending : ADJECTIVE_ENDINGS.getOrDefault(language, List.of(""))) {
                        add(stem + ending, Set.of(language), entity, Source.TABLE, true, false);
                    }
                } else {
                    add(alias, Set.of(language), entity, Source.TABLE, adjective, shortForm);
                }
                if (entity.type() == EntityType.PER && !adjective) {
                    indexPerson(alias, entity, shortForm);
                }
            }
        }
    }

    private void indexPerson(String alias, Entity person, boolean shortForm) {
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(alias)) {
            if (token.isWord()) {
                words.add(token.of(alias));
            }
        }
        String skeleton = NameKey.skeleton(NameKey.of(words));
        if (skeleton.isEmpty()) {
            return;
        }
        Map<String, Entity> index = shortForm ? peopleBySurname : peopleBySkeleton;
        Entity previous = index.putIfAbsent(skeleton, person);
        if (previous != null && !previous.equals(person)) {
            index.put(skeleton, new Entity("", EntityType.PER, ""));
        }
        if (!shortForm && words.size() > 2) {
            String firstAndLast = NameKey.skeleton(NameKey.of(List.of(words.get(0), words.get(words.size() - 1))));
            peopleBySkeleton.putIfAbsent(firstAndLast, person);
        }
    }

    private void add(String text, Set<String> languages, Entity entity, Source source, boolean adjective,
                     boolean shortForm) {
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(tokens.size());
        int letters = 0;
        boolean acronym = true;
        for (Token token : tokens) {
            keys.add(Keys.of(text, token));
            if (token.isWord()) {
                String word = token.of(text);
                letters += word.codePointCount(0, word.length());
                acronym &= word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            }
        }
        boolean lowerCase = Character.isLowerCase(text.codePointAt(0));
        Alias alias = new Alias(entity, source, languages, adjective, shortForm, lowerCase, false, letters);
        put(keys, alias);
        if (acronym || adjective) {
            return;
        }
        for (String language : languages) {
            if (DECLINING.contains(language)) {
                Set<String> functionWords = FUNCTION_WORDS.computeIfAbsent(language, Lexicon::functionWords);
                for (List<String> variant : Inflector.variants(keys, language, functionWords)) {
                    put(variant, new Alias(entity, source, languages, false, shortForm, lowerCase, true, letters));
                }
            }
        }
    }

    private void put(List<String> keys, Alias alias) {
        maxWords = Math.max(maxWords, keys.size());
        exact.insert(keys, alias);
        List<String> foldedKeys = new ArrayList<>(keys.size());
        boolean changed = false;
        for (String key : keys) {
            String f = Keys.folded(key);
            changed |= !f.equals(key);
            foldedKeys.add(f);
        }
        if (changed) {
            folded.insert(foldedKeys, alias);
        }
    }
}
