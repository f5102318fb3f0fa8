package dev.polychron.nlp.dates;


import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over folded text, where its matches can begin, a word every match contains (or the empty string), and
 * how a match becomes a date given the reference moment.
 */
record DateRule(Pattern pattern, Start start, String requiredWord,
                BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {

    /** Unicode classes for letters and word boundaries, but ASCII digits: the resolvers parse them as numbers. */
    static DateRule of(Start start, String regex,
                       BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {
        return new DateRule(Pattern.compile("(?U)" + regex.replace("\\d", "[0-9]")), start, "", resolver);
    }

    /** This rule, skipped on texts without {@code word}: a cheap test that saves trying the pattern at all. */
    DateRule requiring(String word) {
        return new DateRule(pattern, start, word, resolver);
    }

    /** Whether the pattern can match in {@code folded} at all. */
    boolean mayMatch(String folded) {
        return folded.contains(requiredWord);
    }
}
