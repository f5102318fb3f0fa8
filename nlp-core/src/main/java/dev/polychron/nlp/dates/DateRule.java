package dev.polychron.nlp.dates;


import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over folded text, where its matches can begin, a word every match contains (or the empty string), how
 * a match becomes a date given the reference moment, and what the original text must look like there.
 */
record DateRule(Pattern pattern, Start start, String requiredWord,
                BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver,
                BiPredicate<String, Matcher> writing) {

    /** Unicode classes for letters and word boundaries, but ASCII digits: the resolvers parse them as numbers. */
    static DateRule of(Start start, String regex,
                       BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {
        return new DateRule(Pattern.compile("(?U)" + regex.replace("\\d", "[0-9]")), start, "", resolver,
                (text, matcher) -> true);
    }

    /** This rule, skipped on texts without {@code word}: a cheap test that saves trying the pattern at all. */
    DateRule requiring(String word) {
        return new DateRule(pattern, start, word, resolver, writing);
    }

    /** This rule, keeping only the matches whose original text passes {@code test}: the letter case folding drops. */
    DateRule writtenAs(BiPredicate<String, Matcher> test) {
        return new DateRule(pattern, start, requiredWord, resolver, test);
    }

    /** Whether the pattern can match in {@code folded} at all. */
    boolean mayMatch(String folded) {
        return folded.contains(requiredWord);
    }
}
