package dev.polychron.nlp.dates;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the matches of a date pattern can begin: at an ASCII digit, at the first digit of a number of some lengths (a
 * run of ASCII digits: a day's one or two, a year's four), at the start of a word (after a char that is neither letter
 * nor digit), at the start of a word that begins with one of the pattern's first words, or anywhere.
 * A pattern that begins with a look-behind refusing letters and digits, or with {@code \b} and then a word char,
 * can only begin a match at the start of a word.
 */
final class Start {

    /** Anywhere. */
    static final Start ANYWHERE = new Start(true, true, true, 0, new String[0]);
    /** At an ASCII digit: the pattern's first char is one. */
    static final Start DIGIT = new Start(false, true, false, 0, new String[0]);
    /**
     * At the first digit of a number of one or two ASCII digits: a pattern that refuses a digit before it and reads a
     * day or an hour ("5 May", "7.30am") and then no digit cannot begin at a year or at a longer number.
     */
    static final Start DAY = new Start(false, false, false, 1 << 1 | 1 << 2, new String[0]);
    /**
     * At the first digit of a number of four ASCII digits: a pattern that refuses a digit before it and reads a year or
     * a clock's four digits ("2014-05", "0930 GMT") and then no digit cannot begin at any other number.
     */
    static final Start FOUR_DIGITS = new Start(false, false, false, 1 << 4, new String[0]);
    /** At the start of any word, or at an ASCII digit. */
    static final Start WORD = new Start(false, true, true, 0, new String[0]);

    private final boolean anywhere;
    private final boolean digit;
    private final boolean anyWord;
    /** The lengths of the numbers at whose first digit it admits, as bits: bit 2 for the numbers of two digits. */
    private final int numberLengths;
    /** The first words, sorted, and the set of their first chars. */
    private final String[] words;
    private final BitSet initialSet = new BitSet();
    /** The first words as a trie, so that a text is read once at a candidate. */
    private final WordTrie trie;
    private final int hash;

    private Start(boolean anywhere, boolean digit, boolean anyWord, int numberLengths, String[] words) {
        this.anywhere = anywhere;
        this.digit = digit;
        this.anyWord = anyWord;
        this.numberLengths = numberLengths;
        this.words = words;
        this.hash = Objects.hash(anywhere, digit, anyWord, numberLengths, Arrays.hashCode(words));
        for (String word : words) {
            initialSet.set(word.charAt(0));
        }
        trie = new WordTrie(List.of(words), new int[words.length]);
    }

    /** At the start of a word that begins with one of {@code words} (which may also end inside it). */
    @SafeVarargs
    static Start words(Collection<String>... words) {
        return new Start(false, false, false, 0, Stream.of(words).flatMap(Collection::stream).filter(w -> !w.isEmpty())
                .distinct().sorted().toArray(String[]::new));
    }

    /** Where this one says, or at an ASCII digit. */
    Start orDigit() {
        return new Start(anywhere, true, anyWord, 0, words);
    }

    /**
     * Where this one says, or at the numbers where {@code numbers} admits: "from 4 to 6 May" may leave its first word
     * out, but its day has one or two digits ({@link #DAY}).
     */
    Start orNumbers(Start numbers) {
        return new Start(anywhere, digit, anyWord, numberLengths | numbers.numberLengths, words);
    }

    boolean anywhere() {
        return anywhere;
    }

    /** Whether every ASCII digit can begin a match. */
    boolean digit() {
        return digit;
    }

    /** The first words, sorted. */
    List<String> words() {
        return List.of(words);
    }

    /** Whether every word start, and every ASCII digit, can begin a match. */
    boolean anyWord() {
        return anyWord;
    }

    /** Whether only ASCII digits can begin a match. */
    boolean digitsOnly() {
        return digit && !anyWord && words.length == 0;
    }

    /** Whether only the first digit of a number of some lengths can begin a match ({@link #DAY}). */
    boolean numbersOnly() {
        return numberLengths != 0 && !digit && !anyWord && words.length == 0;
    }

    /** Whether a match can begin at the first digit of a number of some length ({@link #DAY}, {@link #orNumbers}). */
    boolean admitsNumbers() {
        return numberLengths != 0;
    }

    /** Whether a match can begin at the first digit of a number of {@code length} digits. */
    boolean admitsNumber(int length) {
        return length < Integer.SIZE && (numberLengths >>> length & 1) != 0;
    }

    /** Whether a match can begin with {@code c}: a cheap test before {@link #admits} reads the text there. */
    boolean mayBeginWith(char c) {
        return anyWord || (digit || admitsNumbers()) && isAsciiDigit(c) || initialSet.get(c);
    }

    /** Whether a match can begin at {@code at}, a digit or the start of a word of {@code text}. */
    boolean admits(String text, int at) {
        char c = text.charAt(at);
        if (anyWord || digit && isAsciiDigit(c) || isAsciiDigit(c) && admitsNumber(numberLength(text, at))) {
            return true;
        }
        if (!initialSet.get(c)) {
            return false;
        }
        int node = WordTrie.ROOT;
        for (int i = at; i < text.length() && (node = trie.next(node, text.charAt(i))) != WordTrie.NONE; i++) {
            if (trie.numbers(node).length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Starts that admit the same candidates are equal, so that a text's candidates are read once for them all. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Start start && anywhere == start.anywhere && digit == start.digit
                && anyWord == start.anyWord && numberLengths == start.numberLengths
                && Arrays.equals(words, start.words);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The length of the number (run of ASCII digits) that begins at {@code at}, or 0 where none begins there. */
    static int numberLength(CharSequence text, int at) {
        if (at > 0 && isAsciiDigit(text.charAt(at - 1))) {
            return 0;
        }
        int end = at;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end - at;
    }
}
