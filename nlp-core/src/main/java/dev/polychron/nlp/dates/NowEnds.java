package dev.polychron.nlp.dates;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Now" as one end of a range: "between January 2019 and now", "entre ahora y el 15 de noviembre". CLDR's word for
 * it is the reference's day only as an end that the text joins to a date ({@link DateRanges}); alone it is no date.
 */
final class NowEnds {

    /**
     * Words for "now" as a range's end that CLDR does not give, by language, folded: English "present", as
     * encyclopedias write a term still running ("1990–present", "from 2014 to the present"); Vietnamese "nay",
     * "hiện nay" and "hiện tại" beside CLDR's "bây giờ" ("từ năm 2010 đến nay"); Indonesian "kini" and "saat ini"
     * beside CLDR's "sekarang" ("sejak 2010 hingga kini", "(2010–kini)").
     */
    private static final Map<String, List<String>> OTHER_WORDS = Map.of(
            "en", List.of("present", "the present", "present day", "the present day"),
            "vi", List.of("nay", "hien nay", "hien tai"), "id", List.of("kini", "saat ini"));

    /** CLDR's "now", as a whole word; null where the language joins words without spaces ("今" in "今後"). */
    private final Pattern now;
    /** Where alone a match of {@link #now} begins: at one of its words, not at every word of the text. */
    private final Start nowWords;

    private NowEnds(Pattern now, Start nowWords) {
        this.now = now;
        this.nowWords = nowWords;
    }

    static NowEnds of(String language, boolean unspaced) {
        String word = RelativeDateTimeFormatter.getInstance(ULocale.forLanguageTag(language))
                .format(Direction.PLAIN, AbsoluteUnit.NOW);
        if (unspaced || word == null || word.isBlank()) {
            return new NowEnds(null, Start.WORD);
        }
        List<String> words = new ArrayList<>(OTHER_WORDS.getOrDefault(ULocale.forLanguageTag(language).getLanguage(),
                List.of()));
        words.add(TextFolding.fold(word.strip()));
        return new NowEnds(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Alternation.of(words) + ")(?![\\p{L}\\p{N}])"),
                Start.words(words));
    }

    /**
     * A mention of the reference's day for each "now" of the folded text of {@code starts} (tried only at the word
     * starts that begin with one of its words) that no mention of {@code sorted} covers.
     */
    List<DateMention> candidates(String text, MatchStarts starts, List<DateMention> sorted, LocalDate reference) {
        List<DateMention> candidates = new ArrayList<>();
        if (now == null) {
            return candidates;
        }
        starts.forEach(now, nowWords, word -> {
            int start = word.start();
            int end = word.end();
            if (sorted.stream().noneMatch(mention -> mention.start() < end && start < mention.end())) {
                candidates.add(new DateMention(text.substring(start, end), start, end, reference.toString(),
                        Granularity.DAY, null, null, false));
            }
        });
        return candidates;
    }

    /** {@code sorted} and the {@code candidates} in the order of their starts. */
    static List<DateMention> merged(List<DateMention> sorted, List<DateMention> candidates) {
        List<DateMention> merged = new ArrayList<>(sorted);
        merged.addAll(candidates);
        merged.sort(Comparator.comparingInt(DateMention::start));
        return merged;
    }
}
