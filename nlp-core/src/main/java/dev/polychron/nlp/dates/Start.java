package dev.polychron.nlp.dates;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Where the matches of a date pattern can begin: at an ASCII digit, at the start of a word (after a char that is
 * neither letter nor digit), at the start of a word that begins with one of the pattern's first words, or anywhere.
 * A pattern that begins with a look-behind refusing letters and digits, or with {@code \b} and then a word char,
 * can only begin a match at the start of a word.
 */
final class Start {

    /** Anywhere. */
    static final Start ANYWHERE = new Start(true, true, true, new String[0]);
    /** At an ASCII digit: the pattern's first char is one. */
    static final Start DIGIT = new Start(false, true, false, new String[0]);
    /** At the start of any word, or at an ASCII digit. */
    static final Start WORD = new Start(false, true, true, new String[0]);

    private final boolean anywhere;
    private final boolean digit;
    private final boolean anyWord;
    /** The first words, sorted, the first char of each, and the set of those chars. */
    private final String[] words;
    private final char[] initials;
    private final BitSet initialSet = new BitSet();

    private Start(boolean anywhere, boolean digit, boolean anyWord, String[] words) {
        this.anywhere = anywhere;
        this.digit = digit;
        this.anyWord = anyWord;
        this.words = words;
        this.initials = new char[words.length];
        for (int i = 0; i < words.length; i++) {
            initials[i] = words[i].charAt(0);
            initialSet.set(initials[i]);
        }
    }

    /** At the start of a word that begins with one of {@code words} (which may also end inside it). */
    @SafeVarargs
    static Start words(Collection<String>... words) {
        return new Start(false, false, false, Stream.of(words).flatMap(Collection::stream).filter(w -> !w.isEmpty())
                .distinct().sorted().toArray(String[]::new));
    }

    /** Where this one says, or at an ASCII digit. */
    Start orDigit() {
        return new Start(anywhere, true, anyWord, words);
    }

    boolean anywhere() {
        return anywhere;
    }

    /** Whether only ASCII digits can begin a match. */
    boolean digitsOnly() {
        return digit && !anyWord && words.length == 0;
    }

    /** Whether a match can begin at {@code at}, a digit or the start of a word of {@code text}. */
    boolean admits(String text, int at) {
        char c = text.charAt(at);
        if (anyWord || digit && isAsciiDigit(c)) {
            return true;
        }
        if (!initialSet.get(c)) {
            return false;
        }
        int i = Arrays.binarySearch(initials, c);
        while (i > 0 && initials[i - 1] == c) {
            i--;
        }
        for (; i >= 0 && i < words.length && initials[i] == c; i++) {
            if (text.startsWith(words[i], at)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
