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

    /** The words for a street, a square, a bridge, a park, a crossroads, folded, right before the day. */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:đuong|pho|quang truong|cau|cong vien|nga tu|nga sau|nga ba)\\s+$");
    /** How far before a day its place word may begin. */
    private static final int REACH = 16;

    private StreetNames() {
    }

    /** Removes from {@code found} the days and months written right after a place word, and what they hold. */
    static void removeFrom(List<DateMention> found, String folded) {
        Matcher place = PLACE_BEFORE.matcher(folded);
        List<DateMention> named = found.stream().filter(mention -> mention.granularity() == Granularity.DAY
                && place.region(Math.max(0, mention.start() - REACH), mention.start()).find()).toList();
        found.removeIf(mention -> named.stream()
                .anyMatch(name -> mention.start() >= name.start() && mention.end() <= name.end()));
    }
}
