package dev.polychron.nlp.dates;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A regex alternation of literal words, longest first so that the longest word that fits is the one matched. */
final class Alternation {

    private Alternation() {
    }

    static String of(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /**
     * {@link #of} as one group, behind a look-ahead that refuses an ASCII digit when no word is empty or begins with
     * one: a rule tried at every number reads a long list of words there otherwise, to find that none fits ("1945"
     * against each of 200 spelled days). The same matches either way.
     */
    static String notAtDigit(Collection<String> words) {
        boolean digitOrEmpty = words.stream().anyMatch(word -> word.isEmpty() || Start.isAsciiDigit(word.charAt(0)));
        return (digitOrEmpty ? "" : "(?![0-9])") + "(?:" + of(words) + ")";
    }
}
