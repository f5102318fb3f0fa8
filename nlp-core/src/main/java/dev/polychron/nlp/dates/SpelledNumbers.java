package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Counts and ordinals written in words ("three", "drei", "trois", "τρεις", "трёх"; "third", "terzo"), as ICU's
 * spell-out rules give them in every gender and case they know for the language, folded like the text they are
 * looked for in.
 */
final class SpelledNumbers {

    private static final List<String> ONE_WORDS = DataFiles.lines(SpelledNumbers.class, "one-words.tsv");
    private static final List<String[]> CARDINAL_WORDS = columns("cardinal-words.tsv");
    private static final List<String[]> ORDINAL_WORDS = columns("ordinal-words.tsv");

    /**
     * The full spellings of the forms ICU contracts as they are spoken, also read: Bulgarian "петнадесети",
     * "двадесет и първи" beside ICU's "петнайсети", "двайсет и първи".
     */
    private static final Map<String, UnaryOperator<String>> FULL_SPELLINGS = Map.of("bg",
            form -> form.replace("йсет", "десет"));

    private SpelledNumbers() {
    }

    private static List<String[]> columns(String file) {
        return DataFiles.lines(SpelledNumbers.class, file).stream().map(line -> line.split("\t")).toList();
    }

    /**
     * The spelled forms of 1 to {@code max}, by form, and those of {@code cardinal-words.tsv} ICU lacks ("廿"); empty
     * when neither has any for the language.
     */
    static Map<String, Integer> cardinals(ULocale locale, int max) {
        Map<String, Integer> cardinals = spelled(locale, max,
                ruleSet -> ruleSet.contains("cardinal") || ruleSet.equals("%spellout-numbering"));
        addListed(CARDINAL_WORDS, locale, max, cardinals);
        if (locale.getLanguage().equals("ka")) {
            // before a noun with a case ending Georgian drops the numeral's final "-ი": "ორ თვეში" beside "ორი თვე"
            Map.copyOf(cardinals).forEach((form, n) -> cardinals.putIfAbsent(form.replaceAll("ი$", ""), n));
        }
        return cardinals;
    }

    /** {@link #cardinals}, and the words that count one unit where a numeral would ({@code one-words.tsv}). */
    static Map<String, Integer> counts(ULocale locale, int max) {
        Map<String, Integer> counts = cardinals(locale, max);
        oneWords(locale).forEach(word -> counts.putIfAbsent(word, 1));
        return counts;
    }

    /**
     * The count words the numbers files list for the language, ICU's spell-out rules having none of them: those of
     * {@code cardinal-words.tsv} ("két") and those of {@code one-words.tsv} as 1 ("a", "μια").
     */
    static Map<String, Integer> listedCounts(ULocale locale) {
        Map<String, Integer> listed = new HashMap<>();
        addListed(CARDINAL_WORDS, locale, Integer.MAX_VALUE, listed);
        oneWords(locale).forEach(word -> listed.putIfAbsent(word, 1));
        return listed;
    }

    private static Stream<String> oneWords(ULocale locale) {
        return ONE_WORDS.stream().map(line -> line.split("\t"))
                .filter(columns -> columns[0].equals(locale.getLanguage()))
                .flatMap(columns -> Stream.of(columns[1].split("\\|"))).map(SpelledNumbers::fold);
    }

    /**
     * The spelled ordinals 1st to {@code max}-th ("third", "dritten", "terzo", "третьем"), by form, and those of
     * {@code ordinal-words.tsv} where ICU has none ("მესამე").
     */
    static Map<String, Integer> ordinals(ULocale locale, int max) {
        return ordinals(locale, max, ruleSet -> ruleSet.contains("ordinal"));
    }

    /**
     * The {@link #ordinals} but the plural ones, which name no single day: Italian "ai primi di marzo" and Spanish "a
     * primeros de marzo" are early March.
     */
    static Map<String, Integer> singularOrdinals(ULocale locale, int max) {
        return ordinals(locale, max, SpelledNumbers::isSingularOrdinal);
    }

    /** Whether ICU's rule set spells singular ordinals ("%spellout-ordinal-masculine", not "...-plural"). */
    static boolean isSingularOrdinal(String ruleSet) {
        return ruleSet.contains("ordinal") && !ruleSet.contains("plural");
    }

    private static Map<String, Integer> ordinals(ULocale locale, int max, Predicate<String> ruleSets) {
        Map<String, Integer> ordinals = spelled(locale, max, ruleSets);
        addListed(ORDINAL_WORDS, locale, max, ordinals);
        return ordinals;
    }

    /** The words a numbers file lists for the locale's language, 1 to {@code max}, where {@code forms} lacks them. */
    private static void addListed(List<String[]> lines, ULocale locale, int max, Map<String, Integer> forms) {
        lines.stream().filter(columns -> columns[0].equals(locale.getLanguage())
                        && Integer.parseInt(columns[1]) <= max)
                .forEach(columns -> Stream.of(columns[2].split("\\|"))
                        .forEach(word -> forms.putIfAbsent(fold(word), Integer.parseInt(columns[1]))));
    }

    /**
     * The cardinals 1 to {@code max} in the possessive that names a month's day, "its third", over folded text, for
     * a language that writes it so (Turkish "martın üçü", "ayın yirmi ikisi"): vowel harmony, "-s-" after a vowel.
     */
    static Map<String, Integer> possessives(ULocale locale, int max) {
        Map<String, Integer> possessives = new HashMap<>();
        cardinals(locale, max).forEach((form, n) -> possessives.putIfAbsent(possessive(form), n));
        return possessives;
    }

    private static String possessive(String folded) {
        String vowels = folded.replaceAll("[^aeıiou]", "");
        if (vowels.isEmpty()) {
            return folded;
        }
        char last = vowels.charAt(vowels.length() - 1);
        // folded, "ö" and "ü" are "o" and "u", whose harmony they share
        char suffix = switch (last) {
            case 'a', 'ı' -> 'ı';
            case 'e', 'i' -> 'i';
            default -> 'u';
        };
        if (folded.endsWith(String.valueOf(last))) {
            return folded + "s" + suffix;
        }
        // "dört" softens its last consonant before the vowel: "dördü"
        return folded.replaceAll("t$", "d") + suffix;
    }

    private static Map<String, Integer> spelled(ULocale locale, int max, Predicate<String> ruleSets) {
        Map<String, Integer> forms = new HashMap<>();
        UnaryOperator<String> fullSpelling = FULL_SPELLINGS.getOrDefault(locale.getLanguage(),
                UnaryOperator.identity());
        for (ULocale script : scripts(locale)) {
            RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(script, RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : spellOut.getRuleSetNames()) {
                if (ruleSets.test(ruleSet)) {
                    for (int n = 1; n <= max; n++) {
                        String form = spellOut.format(n, ruleSet);
                        forms.putIfAbsent(fold(form), n);
                        // "twenty first" as often as ICU's "twenty-first"
                        forms.putIfAbsent(fold(form).replace('-', ' '), n);
                        forms.putIfAbsent(fold(fullSpelling.apply(form)), n);
                    }
                }
            }
        }
        return forms;
    }

    /** The locale, and for Chinese tagged without a script also its Traditional script: "兩" beside "两". */
    private static List<ULocale> scripts(ULocale locale) {
        return locale.getLanguage().equals("zh") && locale.getScript().isEmpty()
                ? List.of(locale, new ULocale("zh_Hant")) : List.of(locale);
    }

    /** A number written in digits, or as one of the {@code spelled} forms. */
    static int value(String written, Map<String, Integer> spelled) {
        return spelled.containsKey(written) ? spelled.get(written) : Integer.parseInt(written);
    }

    /** Folded as texts are, without soft hyphens, spaces collapsed. */
    static String fold(String spelled) {
        return TextFolding.fold(spelled).replace("\u00ad", "").replaceAll("\\s+", " ").strip();
    }
}
