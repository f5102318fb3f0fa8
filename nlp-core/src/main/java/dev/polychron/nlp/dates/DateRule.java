package dev.polychron.nlp.dates;


import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern over folded text, where its matches can begin, what a folded text must hold for any match (a cheap test
 * that saves trying the pattern at all), how a match becomes a date given the reference moment, and what the original
 * text must look like there.
 */
record DateRule(Pattern pattern, Start start, Predicate<String> needed,
                BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver,
                BiPredicate<String, Matcher> writing) {

    /** The pattern a language without the form gets: "(?!)" never matches. */
    private static final String NEVER = "(?U)(?!)";
    /** The test of a rule that needs nothing of the text. */
    private static final Predicate<String> ANY_TEXT = folded -> true;

    /** Unicode classes for letters and word boundaries, but ASCII digits: the resolvers parse them as numbers. */
    static DateRule of(Start start, String regex,
                       BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {
        return new DateRule(Pattern.compile("(?U)" + regex.replace("\\d", "[0-9]")), start, ANY_TEXT, resolver,
                (text, matcher) -> true);
    }

    /** This rule, skipped on texts without {@code word}: a cheap test that saves trying the pattern at all. */
    DateRule requiring(String word) {
        return requiringAny(List.of(word));
    }

    /** This rule, skipped on texts without any of {@code words}, where it reads one of several: "公元", "西元". */
    DateRule requiringAny(List<String> words) {
        List<String> required = List.copyOf(words);
        return requiring(folded -> containsAny(folded, required));
    }

    /**
     * This rule, skipped on texts that fail {@code test}; rules sharing one test instance have it run once per text
     * ({@link #mayMatch}).
     */
    DateRule requiring(Predicate<String> test) {
        return new DateRule(pattern, start, test, resolver, writing);
    }

    /** Whether {@code folded} holds one of {@code words}. */
    static boolean containsAny(String folded, List<String> words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** This rule, keeping only the matches whose original text passes {@code test}: the letter case folding drops. */
    DateRule writtenAs(BiPredicate<String, Matcher> test) {
        return new DateRule(pattern, start, needed, resolver, test);
    }

    /** Whether the pattern is {@link #NEVER}, which no text needs to be tried with. */
    boolean neverMatches() {
        return pattern.pattern().equals(NEVER);
    }

    /** Whether the pattern can match in {@code folded} at all, by the answers already found for this text. */
    boolean mayMatch(String folded, Map<Predicate<String>, Boolean> answers) {
        return needed == ANY_TEXT || answers.computeIfAbsent(needed, test -> test.test(folded));
    }
}
