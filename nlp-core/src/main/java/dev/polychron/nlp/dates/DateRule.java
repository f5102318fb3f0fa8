package dev.polychron.nlp.dates;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pattern over folded text and how a match becomes a date, given the reference moment. */
record DateRule(Pattern pattern, BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {

    /** Unicode classes for letters and word boundaries, but ASCII digits: the resolvers parse them as numbers. */
    static DateRule of(String regex, BiFunction<Matcher, LocalDateTime, Optional<ResolvedDate>> resolver) {
        return new DateRule(Pattern.compile("(?U)" + regex.replace("\\d", "[0-9]")), resolver);
    }
}
