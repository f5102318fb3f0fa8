package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A month or a year with a word after it for a part of it ({@code part-suffixes.tsv}): "6月末" is the end of June,
 * "3月上旬" its start, "2019年末" the end of 2019, "작년 말" the end of last year, as "end of June" is in English: the
 * same value, with a modifier. In Hungarian, Georgian and Turkish the words of part-words.tsv that follow a period,
 * after a relative one that other rules read: "a jövő év végén" (at the end of next year), "múlt hónap elején",
 * "მომავალი წლის ბოლოს", "geçen yılın sonunda"; Turkish also after a year's genitive ending, "2023'ün sonunda", and
 * Hindi after its genitive postposition, "पिछले साल के अंत में".
 */
final class PartSuffixes {

    private static final List<String[]> LINES = DataFiles.lines(PartSuffixes.class, "part-suffixes.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final String WHOLE = "-";
    /**
     * Languages whose words after a period, part-words.tsv's, stand a space after it, with what may come between: the
     * Turkish genitive ending of a year in digits, "2023'ün sonunda" (at the end of 2023); the Hindi genitive
     * postposition, which must stand there ("पिछले साल के अंत में", at the end of last year; "2019 की शुरुआत में").
     */
    private static final Map<String, String> SPACED_PART_WORDS = Map.of("hu", "", "ka", "", "tr", "(?:'n?[iıu]n)?",
            "hi", "\\s+(?:के|की)");

    /**
     * Words of part-suffixes.tsv's that are parts only where their clause ends after them, as they also begin words:
     * Chinese "2016年初，" (early 2016), not "2019年初步" (preliminary); Japanese "2019年初、", not "2019年初当選" (first
     * elected in 2019).
     */
    private static final Map<String, List<String>> CLAUSE_ENDING_WORDS = Map.of("zh", List.of("初"), "ja", List.of("初"));
    private static final String CLAUSE_END = "(?=$|[\\s，。、；！？,.;!?])";

    private final Map<String, Optional<Modifier>> modifierByWord;
    private final Pattern word;

    private PartSuffixes(Map<String, Optional<Modifier>> modifierByWord, String regex) {
        this.modifierByWord = modifierByWord;
        this.word = Pattern.compile(regex);
    }

    /** The part words of {@code language}; {@code wordsAfter}: part-words.tsv's words after a period, folded. */
    static PartSuffixes of(String language, Map<String, Modifier> wordsAfter) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        Map<String, Optional<Modifier>> modifierByWord = new HashMap<>();
        if (SPACED_PART_WORDS.containsKey(code)) {
            wordsAfter.forEach((word, modifier) -> modifierByWord.put(word, Optional.of(modifier)));
            return new PartSuffixes(modifierByWord, SPACED_PART_WORDS.get(code) + "\\s+(?<word>"
                    + Alternation.of(modifierByWord.keySet()) + ")(?![\\p{L}\\p{N}])");
        }
        modifierByWord.putAll(wordsOf(code));
        List<String> clauseEnding = CLAUSE_ENDING_WORDS.getOrDefault(code, List.of());
        String alternation = Alternation.of(modifierByWord.keySet().stream()
                .filter(form -> !clauseEnding.contains(form)).toList())
                + clauseEnding.stream().map(form -> "|" + Pattern.quote(form) + CLAUSE_END)
                        .collect(Collectors.joining());
        List<String> particles = DateRanges.UNSPACED.contains(code) ? List.of() : RelativeDates.particles(language);
        // Korean may put a space before the word, and ends it there or with a particle: "3월 말에", not "3월 초청"
        return new PartSuffixes(modifierByWord, particles.isEmpty() ? "(?<word>" + alternation + ")"
                : "\\s?(?<word>" + alternation + ")(?=(?:" + Alternation.of(particles) + ")?(?![\\p{L}\\p{N}]))");
    }

    /**
     * The part words of {@code language} that name a part, not the whole, with their modifiers, folded: also those
     * that are parts only where their clause ends, which BarePeriodParts reads written onto the noun of the year
     * ("年初に", at the start of the year).
     */
    static Map<String, Modifier> modifiers(String language) {
        Map<String, Modifier> modifiers = new HashMap<>();
        wordsOf(ULocale.forLanguageTag(language).getLanguage())
                .forEach((word, modifier) -> modifier.ifPresent(part -> modifiers.put(word, part)));
        return modifiers;
    }

    private static Map<String, Optional<Modifier>> wordsOf(String code) {
        Map<String, Optional<Modifier>> modifierByWord = new HashMap<>();
        for (String[] columns : LINES) {
            if (columns[0].equals(code)) {
                Optional<Modifier> modifier = columns[1].equals(WHOLE) ? Optional.empty()
                        : Optional.of(Modifier.valueOf(columns[1]));
                for (String form : columns[2].split("\\|")) {
                    modifierByWord.put(TextFolding.fold(form), modifier);
                }
            }
        }
        CLAUSE_ENDING_WORDS.getOrDefault(code, List.of())
                .forEach(form -> modifierByWord.put(form, Optional.of(Modifier.START)));
        return modifierByWord;
    }

    /** The mentions, each month or year that a part word follows taking it in. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        if (modifierByWord.isEmpty()) {
            return mentions;
        }
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            Matcher after = word.matcher(folded).region(mention.end(), folded.length());
            boolean whole = mention.granularity() == Granularity.MONTH || mention.granularity() == Granularity.YEAR
                    || mention.granularity() == Granularity.DECADE || mention.granularity() == Granularity.CENTURY;
            if (whole && mention.modifier() == null && mention.rangeEnd() == null && after.lookingAt()) {
                Modifier modifier = modifierByWord.get(after.group("word")).orElse(null);
                joined.add(new DateMention(text.substring(mention.start(), after.end()), mention.start(), after.end(),
                        mention.value(), mention.granularity(), modifier, null, mention.inReferences()));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }
}
