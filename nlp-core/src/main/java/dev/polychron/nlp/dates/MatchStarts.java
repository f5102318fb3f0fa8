package dev.polychron.nlp.dates;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digits and word starts of a text, found once per text, where date patterns may begin their matches. A regex
 * scan tries its pattern at every char, and with dozens of patterns that was most of the analysis; here each pattern
 * is tried only where its {@link Start} admits.
 */
final class MatchStarts {

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
            boolean digit = Start.isAsciiDigit(text.charAt(i));
            if (digit) {
                digits[digitCount++] = i;
            }
            if (digit || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                words[wordCount++] = i;
            }
        }
        return new MatchStarts(text, Arrays.copyOf(digits, digitCount), Arrays.copyOf(words, wordCount));
    }

    String text() {
        return text;
    }

    /**
     * Calls {@code onMatch} with each match of {@code pattern} in the text, the same matches in the same order as
     * {@link Matcher#find()} gives when {@code start} says truly where they can begin.
     */
    void forEach(Pattern pattern, Start start, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(text);
        if (start.anywhere()) {
            while (matcher.find()) {
                onMatch.accept(matcher);
            }
            return;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at : start.digitsOnly() ? digits : words) {
            if (at >= next && start.admits(text, at) && matcher.region(at, text.length()).lookingAt()) {
                onMatch.accept(matcher);
                next = Math.max(matcher.end(), at + 1);
            }
        }
    }
}
