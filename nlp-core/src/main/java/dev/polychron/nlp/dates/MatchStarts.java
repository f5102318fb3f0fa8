package dev.polychron.nlp.dates;

import dev.polychron.nlp.text.BoundedMemo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digits and word starts of a text, found once per text, where date patterns may begin their matches. A regex
 * scan tries its pattern at every char, and with dozens of patterns that was most of the analysis; here each pattern
 * is tried only where its {@link Start} admits.
 */
final class MatchStarts {

    /**
     * What a pattern opens with when no match of it can begin right after a digit: a word boundary (there is none
     * between two digits) or a look-behind refusing every number.
     */
    private static final List<String> NOT_AFTER_DIGIT_OPENINGS = List.of("\\b", "(?<![\\p{N}", "(?<![\\p{L}\\p{N}]");
    private static final String UNICODE_FLAG = "(?U)";
    /** The rules' patterns are a fixed set per language; reading a long one for its alternatives takes a while. */
    private static final int REMEMBERED_PATTERNS = 10_000;
    private static final BoundedMemo<String, Boolean> NOT_AFTER_DIGIT =
            new BoundedMemo<>(MatchStarts::refusesAfterDigit, REMEMBERED_PATTERNS);

    private final String text;
    /** The text's chars, read at every candidate of every pattern faster than through {@link String#charAt}. */
    private final char[] chars;
    private final int[] digits;
    private final int[] words;
    /** The same as {@link #digits} and {@link #words} without the positions right after an ASCII digit. */
    private final int[] digitRuns;
    private final int[] wordsNotAfterDigit;
    /** Whether the text has chars outside the BMP, whose halves {@link #words} counts as words of their own. */
    private final boolean surrogates;
    /**
     * The candidates each {@link Start} of first words admits, found once per text: many rules open with the same
     * words (a month's names, the part words), and reading every word start against each of them cost about as much
     * as the tries. The second map holds those not right after a digit.
     */
    private final Map<Start, int[]> admitted = new HashMap<>();
    private final Map<Start, int[]> admittedNotAfterDigit = new HashMap<>();
    /** Room for one Start's candidates while they are read, so that each keeps only a copy of its own size. */
    private final int[] admitting;
    /** The first words of the language's Starts, and the candidates of each, read at the first call that needs them. */
    private final FirstWords firstWords;
    private int[][] admittedByFirstWords;

    private MatchStarts(String text, int[] digits, int[] words, int[] digitRuns, int[] wordsNotAfterDigit,
                        boolean surrogates, FirstWords firstWords) {
        this.text = text;
        this.firstWords = firstWords;
        this.chars = text.toCharArray();
        this.surrogates = surrogates;
        this.digits = digits;
        this.words = words;
        this.digitRuns = digitRuns;
        this.wordsNotAfterDigit = wordsNotAfterDigit;
        this.admitting = new int[words.length];
    }

    /** The starts of {@code text}, where the Starts of {@code firstWords} find their candidates in one reading. */
    static MatchStarts of(String text, FirstWords firstWords) {
        int[] digits = new int[text.length()];
        int[] words = new int[text.length()];
        int[] digitRuns = new int[text.length()];
        int[] wordsNotAfterDigit = new int[text.length()];
        int digitCount = 0;
        int wordCount = 0;
        int runCount = 0;
        int notAfterDigitCount = 0;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            surrogates |= Character.isSurrogate(text.charAt(i));
            boolean digit = Start.isAsciiDigit(text.charAt(i));
            boolean afterDigit = i > 0 && Start.isAsciiDigit(text.charAt(i - 1));
            if (digit) {
                digits[digitCount++] = i;
                if (!afterDigit) {
                    digitRuns[runCount++] = i;
                }
            }
            if (digit || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                words[wordCount++] = i;
                if (!afterDigit) {
                    wordsNotAfterDigit[notAfterDigitCount++] = i;
                }
            }
        }
        return new MatchStarts(text, Arrays.copyOf(digits, digitCount), Arrays.copyOf(words, wordCount),
                Arrays.copyOf(digitRuns, runCount), Arrays.copyOf(wordsNotAfterDigit, notAfterDigitCount),
                surrogates, firstWords);
    }

    /** Whether {@code regex} opens with what cannot match right after a digit. */
    static boolean refusesAfterDigit(String regex) {
        int from = regex.startsWith(UNICODE_FLAG) ? UNICODE_FLAG.length() : 0;
        return NOT_AFTER_DIGIT_OPENINGS.stream().anyMatch(opening -> regex.startsWith(opening, from))
                && !hasTopLevelAlternative(regex);
    }

    /** Whether {@code regex} has a {@code |} outside every group, so that its opening binds one alternative only. */
    static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')') {
                depth--;
            } else if (classDepth == 0 && depth == 0 && c == '|') {
                return true;
            }
        }
        return false;
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
        boolean afterDigit = !NOT_AFTER_DIGIT.apply(pattern.pattern());
        int[] candidates = start.numbersOnly() ? admitted.computeIfAbsent(start, this::numbers)
                : start.digitsOnly() ? (afterDigit ? digits : digitRuns)
                : start.anyWord() ? (afterDigit ? words : wordsNotAfterDigit)
                : (afterDigit ? admitted : admittedNotAfterDigit).computeIfAbsent(start, s -> admitted(s, afterDigit));
        for (int at : candidates) {
            if (at >= next && matcher.region(at, text.length()).lookingAt()) {
                onMatch.accept(matcher);
                next = Math.max(matcher.end(), at + 1);
            }
        }
    }

    /** The first digits of the numbers whose length {@code start} admits: of one or two digits for a day. */
    private int[] numbers(Start start) {
        int count = 0;
        for (int at : digitRuns) {
            if (start.admitsNumber(Start.numberLength(text, at))) {
                admitting[count++] = at;
            }
        }
        return Arrays.copyOf(admitting, count);
    }

    private int[] admitted(Start start, boolean afterDigit) {
        int id = firstWords.id(start);
        if (id < 0) {
            return admittedAmong(start, afterDigit ? words : wordsNotAfterDigit);
        }
        if (admittedByFirstWords == null) {
            admittedByFirstWords = firstWords.admitted(chars, words);
        }
        return afterDigit ? admittedByFirstWords[id] : notAfterDigit(admittedByFirstWords[id]);
    }

    /** Those of {@code candidates} that no ASCII digit stands right before. */
    private int[] notAfterDigit(int[] candidates) {
        int count = 0;
        for (int at : candidates) {
            if (at == 0 || !Start.isAsciiDigit(chars[at - 1])) {
                admitting[count++] = at;
            }
        }
        return Arrays.copyOf(admitting, count);
    }

    private int[] admittedAmong(Start start, int[] candidates) {
        int count = 0;
        for (int at : candidates) {
            if (start.mayBeginWith(chars[at]) && start.admits(text, at)) {
                admitting[count++] = at;
            }
        }
        return Arrays.copyOf(admitting, count);
    }

    /**
     * The same matches as {@link #forEach} with {@link Start#WORD}, for a pattern whose every match contains
     * {@code literal} after at most {@code wordsBefore} word starts of its own: it is tried only at the word starts
     * that many or fewer before each occurrence of the literal, instead of at every word.
     */
    void forEachNear(Pattern pattern, String literal, int wordsBefore, Consumer<Matcher> onMatch) {
        if (surrogates || literal.isEmpty()) {
            forEach(pattern, Start.WORD, onMatch);
            return;
        }
        Matcher matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        boolean afterDigit = !NOT_AFTER_DIGIT.apply(pattern.pattern());
        int next = 0;
        int tried = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            int last = Arrays.binarySearch(words, at);
            last = last >= 0 ? last : -last - 2;
            for (int w = Math.max(tried, last - wordsBefore); w <= last; w++) {
                int candidate = words[w];
                if (candidate >= next && (afterDigit || candidate == 0 || !Start.isAsciiDigit(text.charAt(candidate - 1)))
                        && matcher.region(candidate, text.length()).lookingAt()) {
                    onMatch.accept(matcher);
                    next = Math.max(matcher.end(), candidate + 1);
                }
            }
            tried = Math.max(tried, last + 1);
        }
    }
}
