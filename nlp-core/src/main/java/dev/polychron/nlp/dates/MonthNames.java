package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names of a language from CLDR (via ICU4J), folded (see {@link TextFolding}): wide and abbreviated, format
 * and stand-alone forms, with the prepositions Hebrew writes as their prefix ("בפברואר"), and the stem the forms
 * share, so that other grammatical cases match too (Greek "Οκτώβριο" beside CLDR's "Οκτωβρίου" and "Οκτώβριος";
 * Russian "январе" beside "января"), and the colloquial names and abbreviations CLDR does not list (month-names.tsv:
 * Greek "Γενάρης", "Φλεβάρη"; Bulgarian "ян."). The full names of the language's regional variants count too
 * (Levantine Arabic "شباط" and Maghrebi "فيفري" beside "فبراير"), and the case forms of languages whose nouns drop
 * their nominative ending before a case ending (Georgian "მარტს", "მარტში" beside "მარტი").
 */
public final class MonthNames {

    private static final Map<String, MonthNames> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final List<String> COLLOQUIAL = DataFiles.lines(MonthNames.class, "month-names.tsv");
    private static final int MIN_STEM = 4;
    private static final int MAX_ENDING = 3;
    /** Prepositions written as a prefix of the month's name: Hebrew "בפברואר" ("in February"), "15 לפברואר". */
    private static final Map<String, List<String>> PREFIXES = Map.of("he", List.of("ב", "ל", "מ"));
    /** The definite article written as a prefix of the next word: Hebrew "השלישי באוקטובר" (the third of October). */
    private static final Map<String, String> ARTICLES = Map.of("he", "ה");
    /**
     * By language, the nominative ending of a name and the case endings that replace it: Georgian drops "-ი" before
     * the dative "-ს" and the postpositions "-ში" (in), "-ზე" (on), "-ამდე" (until); its genitive "-ის" keeps the
     * name whole.
     */
    private static final Map<String, Declension> DECLENSIONS = Map.of("ka",
            new Declension("ი", List.of("ს", "ში", "ზე", "ამდე")));

    /** Month names that are everyday words too when written in lower case: English "you may", "they march". */
    private static final Map<String, Set<String>> EVERYDAY_WORDS = Map.of("en", Set.of("may", "march"));
    /**
     * Languages whose diacritics tell words apart, so that a full name counts only as CLDR writes it: Vietnamese
     * "tháng 3" (March), not "thắng 3" (won 3), which folds the same.
     */
    private static final Set<String> TONE_MARKED = Set.of("vi");
    /**
     * Languages whose month names take no case ending, so that the letters after a name make another word: Spanish
     * "mayor", "mayoría", Portuguese "maior", Italian "maggiore" beside "mayo", "maio", "maggio".
     */
    private static final Set<String> UNINFLECTED = Set.of("es", "pt", "it", "ca", "fr");
    /**
     * Before a month written in lower case by its language, a capitalised word and "de" that make it part of a name:
     * "Rio de Janeiro", "Plaza de Mayo".
     */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "\\p{Lu}\\p{L}*[ \\t]+(?:de|del|do|da|di|della|dos|das)[ \\t]+\\z");
    /** After a month, a capitalised word that makes it part of a name: "Julio Iglesias". */
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\t]+\\p{Lu}");
    private static final int NAME_REACH = 40;

    private record Declension(String nominative, List<String> endings) {
    }

    private final Map<String, Integer> numberByName;
    private final Map<String, Integer> numberByStem;
    private final String alternation;
    private final String ownWideAlternation;
    private final Set<String> forms = new LinkedHashSet<>();
    private final Set<String> ownWideForms = new LinkedHashSet<>();
    private final Map<String, String> writingByName;
    private final Set<String> everydayWords;
    private final boolean writtenInLowerCase;

    private MonthNames(Map<String, Integer> numberByName, Map<String, Integer> numberByStem,
            Set<String> ownWideNames, Set<String> ownStems, Map<String, String> writingByName,
            Set<String> everydayWords, boolean writtenInLowerCase) {
        this.numberByName = numberByName;
        this.writtenInLowerCase = writtenInLowerCase;
        this.writingByName = writingByName;
        this.everydayWords = everydayWords;
        this.numberByStem = numberByStem;
        this.alternation = alternation(numberByName.keySet(), numberByStem.keySet());
        this.ownWideAlternation = alternation(ownWideNames, ownStems);
        forms.addAll(numberByName.keySet());
        forms.addAll(numberByStem.keySet());
        ownWideForms.addAll(ownWideNames);
        ownWideForms.addAll(ownStems);
    }

    private static String alternation(Collection<String> names, Collection<String> stems) {
        List<String> alternatives = new ArrayList<>();
        names.forEach(name -> alternatives.add(Pattern.quote(name)));
        stems.forEach(stem -> alternatives.add(Pattern.quote(stem) + "\\p{L}{0," + MAX_ENDING + "}"));
        return alternatives.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
    }

    public static MonthNames of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, MonthNames::load);
    }

    /** The prepositions the language writes as a prefix of the next word, such as Hebrew "ב" ("in"). */
    static List<String> prefixes(String language) {
        return PREFIXES.getOrDefault(language, List.of());
    }

    /** The definite article the language writes as a prefix of the next word, such as Hebrew "ה", or "". */
    static String article(String language) {
        return ARTICLES.getOrDefault(language, "");
    }

    /** A regex alternation, over folded text, of every form; longest first. */
    String alternation() {
        return alternation;
    }

    /**
     * Only the language's own full names and their stems, no abbreviation and no English: what may stand for a
     * month without a day or year beside it.
     */
    String ownWideAlternation() {
        return ownWideAlternation;
    }

    /** The names and stems {@link #alternation()} matches, which its matches begin with. */
    Set<String> forms() {
        return forms;
    }

    /** The names and stems {@link #ownWideAlternation()} matches, which its matches begin with. */
    Set<String> ownWideForms() {
        return ownWideForms;
    }

    /** Whether a folded word is one of the month's names, not a word its stem reads ("červa" for "červ-"). */
    boolean isName(String folded) {
        return numberByName.containsKey(folded);
    }

    /** The month number 1..12 of a folded word this language uses for a month, or 0. */
    public int number(String folded) {
        Integer exact = numberByName.get(folded);
        if (exact != null) {
            return exact;
        }
        for (int end = folded.length(); end >= MIN_STEM && folded.length() - end <= MAX_ENDING; end--) {
            Integer stem = numberByStem.get(folded.substring(0, end));
            if (stem != null) {
                return stem;
            }
        }
        return 0;
    }

    /**
     * Whether the month a match names (its group "month") is written as month-names.tsv spells it, for the names
     * listed with diacritics, whose folded form is another word too: "tháng tư" (April), not "tháng từ"; and as CLDR
     * spells the names it writes without any: "maja" (of May), not "mają" (they have).
     */
    boolean writtenAsListed(String text, Matcher m) {
        String writing = writingByName.get(m.group("month"));
        return writing == null || writing.equalsIgnoreCase(text.substring(m.start("month"), m.end("month")));
    }

    /**
     * Whether the month a match names (its group "month") is written as a month where only the words around it say
     * so: capitalised, if its name in lower case is an everyday word too ("you may first", "they march next year").
     */
    boolean writtenAsMonth(String text, Matcher m) {
        String month = m.group("month");
        if (everydayWords.contains(month)) {
            return Character.isUpperCase(text.charAt(m.start("month")));
        }
        // a stem's ending after an everyday word makes another word: "marched", "mayor"
        return everydayWords.stream().noneMatch(month::startsWith);
    }

    /**
     * Whether the month a match names (its group "month") is capitalised where its language writes months in lower
     * case, with a capitalised word after it or a name before it: part of a name, "Julio Iglesias", "Rio de Janeiro".
     */
    boolean partOfName(String text, Matcher m) {
        return writtenInLowerCase && Character.isUpperCase(text.charAt(m.start("month")))
                && (NAME_AFTER.matcher(text).region(m.end("month"), text.length()).lookingAt()
                        || NAME_BEFORE.matcher(text).region(Math.max(0, m.start("month") - NAME_REACH),
                                m.start("month")).find());
    }

    private static MonthNames load(String language) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> stems = new LinkedHashMap<>();
        String code = ULocale.forLanguageTag(language).getLanguage();
        addNames(ULocale.forLanguageTag(language), names, UNINFLECTED.contains(code) ? new HashMap<>() : stems);
        Set<String> ownWideNames = new LinkedHashSet<>();
        Map<String, String> writingByName = new HashMap<>();
        DateFormatSymbols own = gregorianSymbols(ULocale.forLanguageTag(language));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (String month : own.getMonths(context, DateFormatSymbols.WIDE)) {
                String folded = TextFolding.fold(month);
                ownWideNames.add(folded);
                // a name CLDR writes without marks is another word where the text puts one on it: Polish "mają"
                // (they have) is no "maja" (of May)
                if (TONE_MARKED.contains(code) || folded.equalsIgnoreCase(month)) {
                    writingByName.put(folded, month);
                }
            }
            // so is an abbreviation: Polish "się" (oneself) is no "sie" (Aug.): "Odbyło się 12 razy"
            for (String month : own.getMonths(context, DateFormatSymbols.ABBREVIATED)) {
                String name = month.replaceAll("\\.$", "");
                if (TextFolding.fold(name).equalsIgnoreCase(name)) {
                    writingByName.putIfAbsent(TextFolding.fold(name), name);
                }
            }
        }
        addRegionalNames(code, names, ownWideNames);
        addCaseForms(code, names, ownWideNames);
        for (String line : COLLOQUIAL) {
            String[] fields = line.split("\t");
            if (fields[0].equals(code)) {
                for (String form : fields[2].split("\\|")) {
                    boolean abbreviation = form.endsWith(".");
                    String name = abbreviation ? form.substring(0, form.length() - 1) : form;
                    String folded = TextFolding.fold(name);
                    names.putIfAbsent(folded, Integer.parseInt(fields[1]));
                    if (!abbreviation) {
                        ownWideNames.add(folded);
                    }
                    if (!folded.equals(name)) {
                        writingByName.put(folded, name);
                    }
                }
            }
        }
        Map<String, Integer> unprefixed = Map.copyOf(names);
        List<String> unprefixedWide = List.copyOf(ownWideNames);
        for (String prefix : prefixes(code)) {
            unprefixed.forEach((name, number) -> names.putIfAbsent(prefix + name, number));
            unprefixedWide.forEach(name -> ownWideNames.add(prefix + name));
        }
        Set<String> ownStems = new LinkedHashSet<>(stems.keySet());
        if (!language.startsWith("en")) {
            // English names only: their stems read other words ("Rua Augusta")
            addNames(ULocale.ENGLISH, names, new HashMap<>());
        }
        String january = own.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[0];
        return new MonthNames(names, stems, ownWideNames, ownStems, writingByName,
                EVERYDAY_WORDS.getOrDefault(code, Set.of()), Character.isLowerCase(january.codePointAt(0)));
    }

    /** The case forms of the language's {@link #DECLENSIONS} for each full name that has its nominative ending. */
    private static void addCaseForms(String code, Map<String, Integer> names, Set<String> ownWideNames) {
        Declension declension = DECLENSIONS.get(code);
        for (String name : declension == null ? List.<String>of() : List.copyOf(ownWideNames)) {
            if (name.endsWith(declension.nominative())) {
                String stem = name.substring(0, name.length() - declension.nominative().length());
                for (String ending : declension.endings()) {
                    names.putIfAbsent(stem + ending, names.get(name));
                    ownWideNames.add(stem + ending);
                }
            }
        }
    }

    /** The full names of every regional variant of the language CLDR has that the names so far lack. */
    private static void addRegionalNames(String code, Map<String, Integer> names, Set<String> ownWideNames) {
        for (ULocale variant : ULocale.getAvailableLocales()) {
            if (variant.getLanguage().equals(code) && !variant.getCountry().isEmpty()) {
                DateFormatSymbols symbols = gregorianSymbols(variant);
                for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                    String[] months = symbols.getMonths(context, DateFormatSymbols.WIDE);
                    for (int i = 0; i < 12; i++) {
                        String folded = TextFolding.fold(months[i]);
                        if (names.putIfAbsent(folded, i + 1) == null) {
                            ownWideNames.add(folded);
                        }
                    }
                }
            }
        }
    }

    private static void addNames(ULocale locale, Map<String, Integer> names, Map<String, Integer> stems) {
        DateFormatSymbols symbols = gregorianSymbols(locale);
        Map<String, Integer> forLocale = new HashMap<>();
        String[][] wide = {symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE),
                symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)};
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(context, width);
                for (int i = 0; i < 12; i++) {
                    String name = TextFolding.fold(months[i]).replaceAll("\\.$", "");
                    if (name.codePoints().anyMatch(Character::isLetter) && name.length() > 1) {
                        forLocale.putIfAbsent(name, i + 1);
                    }
                }
            }
        }
        forLocale.forEach(names::putIfAbsent);
        for (int i = 0; i < 12; i++) {
            String stem = commonPrefix(TextFolding.fold(wide[0][i]), TextFolding.fold(wide[1][i]));
            if (stem.length() >= MIN_STEM && stem.chars().allMatch(Character::isLetter)) {
                stems.putIfAbsent(stem, i + 1);
            }
        }
    }

    /**
     * The locale's names of the Gregorian months, whatever its default calendar: Persian's are the Solar Hijri months
     * ("فروردین"), which are not January to December.
     */
    private static DateFormatSymbols gregorianSymbols(ULocale locale) {
        return new DateFormatSymbols(GregorianCalendar.class, locale);
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }
}
