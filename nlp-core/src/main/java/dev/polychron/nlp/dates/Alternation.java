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
}
