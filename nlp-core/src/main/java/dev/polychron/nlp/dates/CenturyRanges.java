package dev.polychron.nlp.dates;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Centuries whose range or list writes the century word once. A range, "from the 15th to the 17th century", "the
 * 15th–17th centuries", "du XVe au XVIIe siècle", "с XV по XVII век", "del siglo XV al XVII", "thế kỷ 15–17", is one
 * mention of its first century with the last as its {@code rangeEnd}, as {@link DateRanges} joins two whole centuries.
 * A list, "the 15th and 16th centuries", "aux XVe et XVIe siècles", is a mention per century, as listed days are: its
 * first number is one of its own. The range words are those of {@link DateRanges}, the list's "and" CLDR's.
 */
final class CenturyRanges {

    private static final String ROMAN = "[ivxl]{1,6}";
    /** A century's ordinal before the century word it shares with the next: "15th", "15.", "15ο", "XVe", "XV". */
    private static final String ORDINAL = "(?:the\\s+)?(?:(?<%1$s>\\d{1,2})(?:st|nd|rd|th|ος|ου|ο|e|de|er|eme|\\.)"
            + "|(?<%1$sRoman>" + ROMAN + ")(?:e|eme|er)?)(?![\\p{L}\\p{N}])";
    /** A century word written before its number, plural where it names two: "siglos", "thế kỷ". */
    private static final String WORD_BEFORE = "(?:siglos?|seculos?|secol[oi]|the\\s+ky|thê ky)\\s+";
    /** A century's number after the word it shares: "XV", "15". */
    private static final String BARE = "(?:(?<%1$s>\\d{1,2})|(?<%1$sRoman>" + ROMAN + "))(?![\\p{L}\\p{N}])";
    /**
     * {@link #BARE}'s number looked for before the long look-behind that reads back to a plural century word: most
     * places the pattern is tried (every number) hold no such number.
     */
    private static final String BARE_AHEAD = "(?=(?:\\d{1,2}|" + ROMAN + ")(?![\\p{L}\\p{N}]))";
    /** Where a plural century word lists its numbers after it: "los siglos XV y XVI", "nei secoli XV e XVI". */
    private static final String PLURAL_WORD_BEFORE = "(?:siglos|seculos|secoli)\\s{1,3}";
    private static final List<String> FIRST_WORDS = List.of("the", "sigl", "secol", "secul", "thê", "i", "v", "x", "l");
    private static final int LAST_CENTURY = 21;

    private CenturyRanges() {
    }

    static List<DateRule> rules(String language) {
        String ordinalsFirst = DateRanges.opening(language, ORDINAL.formatted("first"), ORDINAL.formatted("again"))
                + RuleBasedDateExtractor.CENTURY;
        String wordFirst = DateRanges.opening(language, WORD_BEFORE + BARE.formatted("first"),
                WORD_BEFORE + BARE.formatted("again")) + BARE.formatted("last");
        String listed = ORDINAL.formatted("first") + "(?=" + listJoiner(language) + RuleBasedDateExtractor.CENTURY
                + ")";
        String listedAfterWord = BARE_AHEAD + "(?<=" + PLURAL_WORD_BEFORE + "(?:" + ROMAN + "|\\d{1,2})"
                + listJoiner(language).replace("\\s+", "\\s{1,3}") + ")" + BARE.formatted("last");
        Start start = Start.words(FIRST_WORDS).orDigit();
        Start opened = Start.words(FIRST_WORDS, DateRanges.openingWords(language));
        // an ordinal may begin inside a number ("123rd"); a century word's number is one or two digits after a space
        return Stream.of(
                DateRule.of(opened.orDigit(), ordinalsFirst, (m, reference) -> ordinalsFirst(m, first(m), false)),
                DateRule.of(opened, wordFirst, (m, reference) -> range(first(m), written(m, "last"))),
                DateRule.of(start, listed, (m, reference) -> ordinalsFirst(m, written(m, "first"), true)),
                DateRule.of(Start.words(FIRST_WORDS).orNumbers(Start.DAY), listedAfterWord,
                        (m, reference) -> century(written(m, "last"))))
                .map(rule -> rule.requiring(RuleBasedDateExtractor.MAY_NAME_CENTURY)).toList();
    }

    /**
     * The range from the first ordinal to the century after it, or (in a list) the first's own century; written both
     * in Roman or both in Arabic digits, in the same era.
     */
    private static Optional<ResolvedDate> ordinalsFirst(Matcher m, String[] first, boolean alone) {
        Optional<ResolvedDate> last = RuleBasedDateExtractor.century(m);
        boolean lastRoman = m.group("roman") != null || m.group("roman2") != null || m.group("roman3") != null;
        if (last.isEmpty() || first[1] != null != lastRoman) {
            return Optional.empty();
        }
        boolean beforeCommonEra = m.group("bce") != null;
        int count = count(first);
        if (count < 1 || count > LAST_CENTURY) {
            return Optional.empty();
        }
        String value = beforeCommonEra ? "-%02d".formatted(count) : "%02d".formatted(count - 1);
        if (alone) {
            return Optional.of(new ResolvedDate(value, Granularity.CENTURY, null, null));
        }
        return ordered(value, last.get().value());
    }

    /** The Arabic and Roman digits of the first number, under either name the range's two openings give it. */
    private static String[] first(Matcher m) {
        return new String[] {written(m, "first", "again"), written(m, "firstRoman", "againRoman")};
    }

    private static Optional<ResolvedDate> century(String[] written) {
        return CenturyDecades.century(count(written));
    }

    /** The range between two centuries written after their shared word, both in Roman or both in Arabic digits. */
    private static Optional<ResolvedDate> range(String[] first, String[] last) {
        if (first[0] == null != (last[0] == null)) {
            return Optional.empty();
        }
        int from = count(first);
        int to = count(last);
        if (from < 1 || to > LAST_CENTURY) {
            return Optional.empty();
        }
        return ordered("%02d".formatted(from - 1), "%02d".formatted(to - 1));
    }

    /** The count of a century written in Arabic digits (first) or Roman ones (second). */
    private static int count(String[] written) {
        return written[0] != null ? Integer.parseInt(written[0]) : RomanNumerals.parse(written[1]);
    }

    private static String[] written(Matcher m, String name) {
        return new String[] {m.group(name), m.group(name + "Roman")};
    }

    private static String written(Matcher m, String name, String again) {
        return m.group(name) != null ? m.group(name) : m.group(again);
    }

    /** The range from one century to a later one ("-05" to "-03" before our era); none where the second is no later. */
    private static Optional<ResolvedDate> ordered(String first, String last) {
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(last);
        if (from >= to) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDate(first, Granularity.CENTURY, null, last));
    }

    /** The regex of what joins the two items of a list in the language (CLDR's), spaces around its words. */
    private static String listJoiner(String language) {
        String pair = TextFolding.fold(ListFormatter.getInstance(ULocale.forLanguageTag(language),
                ListFormatter.Type.AND, ListFormatter.Width.WIDE).format(List.of("\u0001", "\u0002")));
        String joiner = pair.substring(pair.indexOf('\u0001') + 1, pair.indexOf('\u0002')).strip();
        return joiner.isEmpty() ? "(?!)" : "\\s+" + Pattern.quote(joiner) + "\\s+";
    }
}
