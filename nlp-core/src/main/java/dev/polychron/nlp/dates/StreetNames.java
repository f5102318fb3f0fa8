package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and month that name a Vietnamese street, square or bridge after the day they remember ("đường 3 tháng 2",
 * "Quảng trường 19 tháng 8", "cầu 30 tháng 4") is no date: addresses fill Vietnamese news, and a street is no event.
 */
final class StreetNames {

    /**
     * The words for a street, a square, a bridge, a park, a crossroads right before the day, with their tone marks
     * ("phố", a street, not "phở"), in either case.
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?iU)(?<!\\p{L})(?:đường|phố|quảng trường|cầu|công viên|ngã tư|ngã sáu|ngã ba)\\s+$");
    /** How far before a day its place word may begin. */
    private static final int REACH = 16;

    private StreetNames() {
    }

    /** Whether the language names streets after days this way: Vietnamese. */
    static boolean writtenIn(String language) {
        return language.equals("vi") || language.startsWith("vi-");
    }

    /** Removes from {@code found} the days and months written right after a place word, and what they hold. */
    static void removeFrom(List<DateMention> found, String text) {
        Matcher place = PLACE_BEFORE.matcher(text);
        List<DateMention> named = found.stream().filter(mention -> mention.granularity() == Granularity.DAY
                && place.region(Math.max(0, mention.start() - REACH), mention.start()).find()).toList();
        found.removeIf(mention -> named.stream()
                .anyMatch(name -> mention.start() >= name.start() && mention.end() <= name.end()));
    }
}
