package dev.polychron.nlp.dates;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of a text where a date pattern's match may begin, found once per text. A regex scan tries its pattern
 * at every char, and with dozens of patterns that was most of the analysis; here each pattern is tried only where
 * its first char can be.
 */
final class MatchStarts {

    /** Where the matches of a pattern can begin. */
    enum Start {
        /** At an ASCII digit: the pattern's first char is one. */
        DIGIT,
        /**
         * At an ASCII digit, or after a char that is neither letter nor digit: the pattern begins with a digit, with
         * {@code \b} before a letter or digit, or with a look-behind that refuses a letter or digit.
         */
        WORD,
        /** Anywhere. */
        ANYWHERE
    }

    private final String text;
    private final int[] digits;
    private final int[] words;

    private MatchStarts(String text, int[] digits, int[] words) {
        this.text = text;
        this.digits = digits;
        this.words = words;
    }

    static MatchStarts of(String text) {
        int[] digits = new int[text.length()];
        int[] words = new int[text.length()];
        int digitCount = 0;
        int wordCount = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean digit = isAsciiDigit(text.charAt(i));
            if (digit) {
                digits[digitCount++] = i;
            }
            if (digit || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                words[wordCount++] = i;
            }
        }
        return new MatchStarts(text, Arrays.copyOf(digits, digitCount), Arrays.copyOf(words, wordCount));
    }

    /**
     * Calls {@code onMatch} with each match of {@code pattern} in the text, the same matches in the same order as
     * {@link Matcher#find()} gives when {@code start} says truly where they can begin.
     */
    void forEach(Pattern pattern, Start start, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(text);
        if (start == Start.ANYWHERE) {
            while (matcher.find()) {
                onMatch.accept(matcher);
            }
            return;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at : start == Start.DIGIT ? digits : words) {
            if (at >= next && matcher.region(at, text.length()).lookingAt()) {
                onMatch.accept(matcher);
                next = Math.max(matcher.end(), at + 1);
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
