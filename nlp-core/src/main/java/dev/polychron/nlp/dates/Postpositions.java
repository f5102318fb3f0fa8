package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range words of a language that writes them after each date ({@code range-words.tsv}, "after"): Turkish marks
 * the first date with the ablative ending and the second with the dative, then "kadar" ("2014'ten 2018'e kadar",
 * "Mayıs'tan Eylül'e"), or joins them with "ile" or "ve" and closes with "arasında" ("2007 ile 2009 arasında"). An
 * ending stands right after its date, with or without an apostrophe; that of the first may be part of its mention
 * already, as a month's name takes its endings ("aralıktan").
 */
final class Postpositions {

    private final Pattern fromEnding;
    private final Pattern toEnding;
    private final Pattern and;
    private final Pattern betweenAfter;

    Postpositions(String fromEndings, String toEndings, String betweenWords, String andWords) {
        this.fromEnding = Pattern.compile("(?U)(?<!\\s)'?(?:" + fromEndings + ")\\s+$");
        this.toEnding = Pattern.compile("(?U)^'?(?:" + toEndings + ")(?![\\p{L}\\p{N}])");
        this.and = Pattern.compile("(?U)^\\s+(?:" + andWords + ")\\s+$");
        this.betweenAfter = Pattern.compile("(?U)^\\s+(?:" + betweenWords + ")(?![\\p{L}\\p{N}])");
    }

    /** Where the range from {@code first} to {@code second} ends in the text, with its closing words, if it is one. */
    Optional<Integer> range(String folded, DateMention first, DateMention second) {
        String gap = folded.substring(first.end(), second.start());
        if (and.matcher(gap).matches()) {
            Matcher closing = betweenAfter.matcher(folded).region(second.end(), folded.length());
            return closing.find() ? Optional.of(closing.end()) : Optional.empty();
        }
        Matcher ending = toEnding.matcher(folded).region(second.end(), folded.length());
        boolean endingOnly = gap.strip().chars().allMatch(c -> Character.isLetter(c) || c == '\'');
        if (endingOnly && fromEnding.matcher(folded).region(first.start(), second.start()).find() && ending.find()) {
            return Optional.of(ending.end());
        }
        return Optional.empty();
    }
}
