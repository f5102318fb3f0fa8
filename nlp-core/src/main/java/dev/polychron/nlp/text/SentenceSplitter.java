package dev.polychron.nlp.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with ICU's break rules for the text's language, also at line breaks. A period after
 * an abbreviation CLDR knows ("Dr.", "Prof."), after an initial ("John F. Kennedy") or, in languages that write
 * ordinals with a period, after a day number ("am 3. Oktober") does not end a sentence.
 */
public final class SentenceSplitter {

    /** Languages whose ordinal numbers end in a period: "3. Oktober", "3. lokakuuta", "3. října". */
    private static final Set<String> DOTTED_ORDINALS = Set.of("de", "da", "nb", "nn", "no", "fi", "is", "et", "lv",
            "cs", "sk", "sl", "hr", "sr", "bs", "hu", "tr", "pl", "fo");

    /** A piece that ends in a one-letter word and its period, on the same line: "John F. ". */
    private static final Pattern INITIAL = Pattern.compile("(?:^|[ \\t])\\p{Lu}\\.[ \\t]+$");
    private static final Pattern INITIAL_OR_DAY_NUMBER = Pattern.compile(
            "(?:^|[ \\t])(?:\\p{Lu}|[0-3]?\\d)\\.[ \\t]+$");

    /** A language's break iterator to clone and the pattern of the breaks that do not end a sentence. */
    private record Rules(BreakIterator prototype, Pattern notAnEnd) {
    }

    private final Map<String, Rules> rulesByLanguage = new ConcurrentHashMap<>();

    /** Sentence spans with surrounding white space trimmed; blank sentences are dropped. */
    public List<Span> split(String text, String language) {
        Rules rules = rulesByLanguage.computeIfAbsent(language, SentenceSplitter::rules);
        BreakIterator sentences = (BreakIterator) rules.prototype().clone();
        sentences.setText(text);
        Matcher notAnEnd = rules.notAnEnd().matcher(text);
        List<Span> spans = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            if (end < text.length() && mayEndInInitial(text, start, end) && notAnEnd.region(start, end).find()) {
                continue;
            }
            splitLines(text, start, end, spans);
            start = end;
        }
        return spans;
    }

    /**
     * Whether the piece may end as the patterns of breaks that do not end a sentence do, in a period after anything
     * but a lowercase letter, then blanks before its end or before one line break (where {@code $} stands): a cheap
     * test that spares most pieces being read whole by the pattern.
     */
    private static boolean mayEndInInitial(String text, int start, int end) {
        for (int at = end; at >= Math.max(start, end - 2); at--) {
            int blanks = at;
            while (blanks > start && (text.charAt(blanks - 1) == ' ' || text.charAt(blanks - 1) == '\t')) {
                blanks--;
            }
            int period = blanks - 1;
            if (blanks < at && period > start && text.charAt(period) == '.'
                    && Character.getType(text.charAt(period - 1)) != Character.LOWERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** ICU's sentence breaks for the language, minus those after the abbreviations CLDR lists for it. */
    private static Rules rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        BreakIterator filtered = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        return new Rules(filtered, DOTTED_ORDINALS.contains(locale.getLanguage()) ? INITIAL_OR_DAY_NUMBER : INITIAL);
    }

    private static void splitLines(String text, int start, int end, List<Span> spans) {
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                addTrimmed(text, lineStart, i, spans);
                lineStart = i + 1;
            }
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
