package dev.polychron.nlp.entities;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.EntityType;
import dev.polychron.nlp.dates.MonthNames;
import dev.polychron.nlp.text.BoundedMemo;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language that shape names (from {@code lexicon.tsv}): function words that are not names at the
 * start of a sentence, connectors allowed inside names ("of", "της", "de"), titles that announce a person
 * ("Tổng thống", "υπουργός Εξωτερικών"), head words that type a name (Council, Hội đồng, Συμβούλιο, -rat), family
 * names, and the calendar words (months, weekdays) that are never names. Entries shared by all languages are
 * under language {@code *}.
 */
final class Lexicon {

    private static final String RESOURCE = "lexicon.tsv";
    private static final Map<String, Map<String, List<String>>> RAW = load();
    private static final Map<String, Lexicon> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int MAX_EXTRA = 3;
    /** Head types are asked for most words and word groups, and finding one tries every stem and suffix. */
    private static final int REMEMBERED_HEAD_TYPES = 10_000;
    private static final Set<String> ANY_STOP_WORD = new HashSet<>();

    static {
        RAW.values().forEach(kinds -> ANY_STOP_WORD.addAll(kinds.getOrDefault("stop", List.of())));
    }

    private final String language;
    private final Set<String> stop = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> titleStarts = new HashSet<>();
    private int longestTitle = 1;
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> locationPrepositions = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> weekdays = new HashSet<>();
    private final Map<EntityType, Set<String>> heads = new EnumMap<>(EntityType.class);
    /** The first words of the heads of more than one word ("hội" of "hội đồng"). */
    private final Set<String> longerHeadStarts = new HashSet<>();
    private final Map<EntityType, List<String>> headStems = new EnumMap<>(EntityType.class);
    private final Map<EntityType, List<String>> headSuffixes = new EnumMap<>(EntityType.class);
    private final BoundedMemo<String, Optional<EntityType>> headTypes =
            new BoundedMemo<>(key -> Optional.ofNullable(findHeadType(key)), REMEMBERED_HEAD_TYPES);

    private Lexicon(String language) {
        this.language = language;
        for (String lang : List.of("*", language)) {
            Map<String, List<String>> kinds = RAW.getOrDefault(lang, Map.of());
            stop.addAll(kinds.getOrDefault("stop", List.of()));
            connectors.addAll(kinds.getOrDefault("connector", List.of()));
            particles.addAll(kinds.getOrDefault("particle", List.of()));
            surnames.addAll(kinds.getOrDefault("surname", List.of()));
            notNames.addAll(kinds.getOrDefault("notname", List.of()));
            locationPrepositions.addAll(kinds.getOrDefault("locprep", List.of()));
            articles.addAll(kinds.getOrDefault("article", List.of()));
            for (String title : kinds.getOrDefault("title", List.of())) {
                titles.add(title);
                titleStarts.add(title.split(Keys.SEPARATOR)[0]);
                longestTitle = Math.max(longestTitle, title.split(Keys.SEPARATOR).length);
            }
            for (EntityType type : EntityType.values()) {
                for (String head : kinds.getOrDefault(type.name().toLowerCase(java.util.Locale.ROOT), List.of())) {
                    if (head.endsWith("~")) {
                        headStems.computeIfAbsent(type, t -> new ArrayList<>())
                                .add(head.substring(0, head.length() - 1));
                    } else if (head.startsWith("~")) {
                        headSuffixes.computeIfAbsent(type, t -> new ArrayList<>()).add(head.substring(1));
                    } else {
                        heads.computeIfAbsent(type, t -> new HashSet<>()).add(head);
                        int separator = head.indexOf(Keys.SEPARATOR);
                        if (separator >= 0) {
                            longerHeadStarts.add(head.substring(0, separator));
                        }
                    }
                }
            }
        }
        for (String lang : new java.util.LinkedHashSet<>(List.of(language, "en"))) {
            DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(lang));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (String day : symbols.getWeekdays(context, DateFormatSymbols.WIDE)) {
                    if (!day.isEmpty()) {
                        weekdays.add(Keys.lower(day));
                    }
                }
            }
        }
    }

    static Lexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Lexicon::new);
    }

    /** Function words of the language (lookup keys): not names when they start a sentence. */
    boolean isStopWord(String key) {
        return stop.contains(key);
    }

    /** A function word of any language we know: mixed-language texts start sentences with them too. */
    boolean isStopWordAnywhere(String key) {
        return ANY_STOP_WORD.contains(key);
    }

    /** Words allowed inside a headed name between capitalised words ("of", "de", "της", "vì"). */
    boolean isConnector(String key) {
        return connectors.contains(key);
    }

    /** Name particles allowed between capitalised words of any name ("de", "van", "bin"). */
    boolean isParticle(String key) {
        return particles.contains(key);
    }

    /** Capitalised words that are not names on their own ("Εξωτερικών" in "υπουργός Εξωτερικών"). */
    boolean isNotName(String key) {
        return notNames.contains(key);
    }

    /** Prepositions after which an unknown single name is a place ("in", "ở", "στη"). */
    boolean isLocationPreposition(String key) {
        return locationPrepositions.contains(key);
    }

    /** Articles: a single unknown capitalised word after one is a common noun ("the Wall", "die Mauer"). */
    boolean isArticle(String key) {
        return articles.contains(key);
    }

    boolean isSurname(String key) {
        return surnames.contains(key);
    }

    /** Months and weekdays of this language and of English. */
    boolean isCalendarWord(String key, String surface) {
        return weekdays.contains(key) || MonthNames.of(language).number(TextFolding.fold(surface)) != 0;
    }

    /** The number of words of the longest title starting at {@code from}, or 0. */
    int titleLength(String[] keys, int from) {
        if (!titleStarts.contains(keys[from])) {
            return 0;
        }
        StringBuilder joined = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= longestTitle && from + n <= keys.length; n++) {
            String key = keys[from + n - 1];
            if (key == null) {
                break;
            }
            if (n > 1) {
                joined.append(Keys.SEPARATOR);
            }
            joined.append(key);
            if (titles.contains(joined.toString())) {
                best = n;
            }
        }
        return best;
    }

    /** The type a head word gives a name it starts or ends ("council" ORG, "war" EVENT), or null. */
    EntityType headType(String key) {
        return headTypes.apply(key).orElse(null);
    }

    /** Whether a head of more than one word starts with the word whose key is {@code key}. */
    boolean startsLongerHead(String key) {
        return longerHeadStarts.contains(key);
    }

    private EntityType findHeadType(String key) {
        for (Map.Entry<EntityType, Set<String>> entry : heads.entrySet()) {
            if (entry.getValue().contains(key)) {
                return entry.getKey();
            }
        }
        if (key.contains(Keys.SEPARATOR)) {
            return null;
        }
        for (Map.Entry<EntityType, List<String>> entry : headStems.entrySet()) {
            for (String stem : entry.getValue()) {
                if (key.startsWith(stem) && key.length() - stem.length() <= MAX_EXTRA) {
                    return entry.getKey();
                }
            }
        }
        for (Map.Entry<EntityType, List<String>> entry : headSuffixes.entrySet()) {
            for (String suffix : entry.getValue()) {
                if (key.endsWith(suffix) && key.length() >= suffix.length() + 3) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** Function words and connectors together: where declension of a name stops. */
    static Set<String> functionWords(String language) {
        Lexicon lexicon = of(language);
        Set<String> words = new HashSet<>(lexicon.stop);
        words.addAll(lexicon.connectors);
        return words;
    }

    private static Map<String, Map<String, List<String>>> load() {
        Map<String, Map<String, List<String>>> raw = new HashMap<>();
        for (String line : DataFiles.lines(Lexicon.class, RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalStateException("bad " + RESOURCE + " line: " + line);
            }
            List<String> entries = raw.computeIfAbsent(columns[1], l -> new HashMap<>())
                    .computeIfAbsent(columns[0], k -> new ArrayList<>());
            Arrays.stream(columns[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Lexicon::key).forEach(entries::add);
        }
        return raw;
    }

    /** Multi-word entries become their words' keys joined by {@link Keys#SEPARATOR}. */
    private static String key(String entry) {
        String marker = entry.startsWith("~") ? "~" : "";
        String stem = entry.endsWith("~") ? "~" : "";
        String words = entry.substring(marker.length(), entry.length() - stem.length());
        List<String> keys = new ArrayList<>();
        String text = words;
        for (Token token : Tokenizer.tokenize(text)) {
            keys.add(Keys.of(text, token));
        }
        return marker + String.join(Keys.SEPARATOR, keys) + stem;
    }
}
