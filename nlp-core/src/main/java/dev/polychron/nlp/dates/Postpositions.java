package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range words of a language that writes them after each date ({@code range-words.tsv}, "after"): Turkish marks
 * the first date with the ablative ending and the second with the dative, then "kadar" ("2014'ten 2018'e kadar",
 * "Mayıs'tan Eylül'e"), or joins them with "ile" or "ve" and closes with "arasında" ("2007 ile 2009 arasında");
 * Hungarian likewise ("március 5-től április 2-ig", "2007 és 2009 között"). An ending stands right after its date,
 * with or without an apostrophe or a hyphen; either may be part of its date's mention already, as a month's name
 * takes its endings ("aralıktan", "januártól márciusig").
 */
final class Postpositions {

    private final Pattern fromEnding;
    private final Pattern toEnding;
    private final Pattern toEndingOfMention;
    private final Pattern and;
    private final Pattern betweenAfter;

    Postpositions(String fromEndings, String toEndings, String betweenWords, String andWords) {
        this.fromEnding = Pattern.compile("(?U)(?<!\\s)'?(?:" + fromEndings + ")\\s+$");
        this.toEnding = Pattern.compile("(?U)^'?(?:" + toEndings + ")(?![\\p{L}\\p{N}])");
        // not a one-letter ending, which many a word ends with
        this.toEndingOfMention = Pattern.compile("(?U)\\p{L}(?=\\p{L}{2})(?:" + toEndings + ")$");
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
        boolean endingOnly = gap.strip().chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-');
        if (!endingOnly || !fromEnding.matcher(folded).region(first.start(), second.start()).find()) {
            return Optional.empty();
        }
        if (ending.find()) {
            return Optional.of(ending.end());
        }
        return toEndingOfMention.matcher(folded).region(second.start(), second.end()).find()
                ? Optional.of(second.end()) : Optional.empty();
    }
}
