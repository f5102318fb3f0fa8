package dev.polychron.nlp.dates;


import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over folded text, where its matches can begin, the words one of which every match contains (none: no
 * such word), how a match becomes a date given the reference moment, and what the original text must look like there.
 */
record DateRule(Pattern pattern, Start start, List<String> requiredWords,
                BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver,
                BiPredicate<String, Matcher> writing) {

    /** The pattern a language without the form gets: "(?!)" never matches. */
    private static final String NEVER = "(?U)(?!)";

    /** Unicode classes for letters and word boundaries, but ASCII digits: the resolvers parse them as numbers. */
    static DateRule of(Start start, String regex,
                       BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {
        return new DateRule(Pattern.compile("(?U)" + regex.replace("\\d", "[0-9]")), start, List.of(), resolver,
                (text, matcher) -> true);
    }

    /** This rule, skipped on texts without {@code word}: a cheap test that saves trying the pattern at all. */
    DateRule requiring(String word) {
        return requiringAny(List.of(word));
    }

    /** This rule, skipped on texts without any of {@code words}, where it reads one of several: "公元", "西元". */
    DateRule requiringAny(List<String> words) {
        return new DateRule(pattern, start, List.copyOf(words), resolver, writing);
    }

    /** This rule, keeping only the matches whose original text passes {@code test}: the letter case folding drops. */
    DateRule writtenAs(BiPredicate<String, Matcher> test) {
        return new DateRule(pattern, start, requiredWords, resolver, test);
    }

    /** Whether the pattern is {@link #NEVER}, which no text needs to be tried with. */
    boolean neverMatches() {
        return pattern.pattern().equals(NEVER);
    }

    /** Whether the pattern can match in {@code folded} at all. */
    boolean mayMatch(String folded) {
        if (requiredWords.isEmpty()) {
            return true;
        }
        for (String word : requiredWords) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
