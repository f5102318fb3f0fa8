package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A decade named by its tens within its century, as Chinese and Japanese write it: "20世纪90年代" (the 1990s),
 * "十九世纪七十年代", "上世纪80年代" (of the last century), "本世纪20年代" (of this one), "前世紀の９０年代", in digits
 * or Han numerals; and a century alone, "15世纪", "十九世紀", "上世纪", Korean "15세기". Vietnamese names the century
 * after the decade: "những năm 20 của thế kỷ 21", "thập niên 80 của thế kỷ trước" (without it, the tens are the 20th
 * century's, see {@link RuleBasedDateExtractor}).
 */
final class CenturyDecades {

    /** The word for century by language. */
    private static final Map<String, String> CENTURY_WORDS = Map.of("zh", "世[纪紀]", "ja", "世[纪紀]", "ko", "세기");
    /** The words for the century before the reference's and for its own, by how far they move from it. */
    private static final Map<String, Integer> RELATIVE_CENTURIES = Map.of("上", -1, "前", -1, "本", 0, "今", 0);
    /** The Vietnamese words before a decade's tens, folded: "thập niên", "thập kỷ", "những năm". */
    static final List<String> VIETNAMESE_DECADE_WORDS = List.of("thap nien", "thap ky", "nhung nam");
    /** The century's own and the one before it after "thế kỷ". */
    private static final Map<String, Integer> VIETNAMESE_RELATIVE_CENTURIES = Map.of("truoc", -1, "nay", 0);
    private static final int LARGEST_TENS = 90;
    /** What joins the two ends of a range of centuries. */
    private static final String RANGE_JOINER = "(?:至|到|\\s*[-–—~～〜]\\s*)";
    private static final int LAST_CENTURY = 21;

    private CenturyDecades() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (locale.getLanguage().equals("vi")) {
            return List.of(vietnameseDecade());
        }
        if (locale.getLanguage().equals("ar")) {
            return ArabicCenturies.rules(locale);
        }
        String centuryWord = CENTURY_WORDS.get(locale.getLanguage());
        if (centuryWord == null) {
            return List.of();
        }
        if (locale.getLanguage().equals("ko")) {
            return List.of(DateRule.of(Start.DIGIT, "(?<![0-9])(?<century>\\d{1,2})" + centuryWord,
                    (m, reference) -> century(Integer.parseInt(m.group("century")))).requiring("세기"));
        }
        Map<String, Integer> numbers = SpelledNumbers.cardinals(locale, LARGEST_TENS);
        String numeral = "(?<![0-9])\\d{1,2}|" + HanNumeralDates.alternation(numbers);
        String century = "(?:(?<relative>" + Alternation.of(RELATIVE_CENTURIES.keySet()) + ")[个個]?|(?<century>"
                + numeral + "))" + centuryWord;
        String decade = "[的の]?(?<tens>" + numeral + ")年代";
        // "公元前3世纪", "前3世纪" (before our era), "15至17世纪", "15世纪至17世纪" (a range)
        String numbered = "(?<bce>(?:公元|纪元|紀元)前|(?<!\\p{L})前)?(?:(?<first>" + numeral + ")(?:" + centuryWord
                + ")?" + RANGE_JOINER + ")?(?<century>" + numeral + ")" + centuryWord;
        // a century whose decade is no date ("20世纪95年代") is none either
        return List.of(DateRule.of(Start.ANYWHERE, century + decade,
                        (m, reference) -> decade(century(m, numbers, reference), number(m.group("tens"), numbers)))
                        .requiring("年代"),
                DateRule.of(Start.ANYWHERE, century + "(?!" + decade.replace("<tens>", ":") + ")",
                        (m, reference) -> century(century(m, numbers, reference))).requiring("世"),
                DateRule.of(Start.ANYWHERE, numbered + "(?!" + decade.replace("<tens>", ":") + ")",
                        (m, reference) -> numberedCentury(m, numbers)).requiring("世"));
    }

    /** A century before our era ("-03" for the 3rd), or a range of centuries of ours. */
    private static Optional<ResolvedDate> numberedCentury(Matcher m, Map<String, Integer> numbers) {
        int last = number(m.group("century"), numbers);
        if (m.group("bce") != null) {
            return m.group("first") != null || last < 1 || last > LAST_CENTURY ? Optional.empty()
                    : Optional.of(new ResolvedDate(String.format("-%02d", last), Granularity.CENTURY, null, null));
        }
        if (m.group("first") == null) {
            return century(last);
        }
        int first = number(m.group("first"), numbers);
        return first >= last || century(first).isEmpty() || century(last).isEmpty() ? Optional.empty()
                : Optional.of(new ResolvedDate(century(first).get().value(), Granularity.CENTURY, null,
                        century(last).get().value()));
    }

    /**
     * "những năm 80 của thế kỷ XX", "thập niên 20 của thế kỷ này", "những năm 60 thế kỷ XVIII": the tens, then their
     * century.
     */
    private static DateRule vietnameseDecade() {
        return DateRule.of(Start.words(List.of("thap", "nhung")), "\\b(?:" + Alternation.of(VIETNAMESE_DECADE_WORDS)
                        + ")\\s+(?<tens>[1-9]?0)\\s+(?:cua\\s+)?the\\s+ky\\s+(?:thu\\s+)?(?:(?<century>\\d{1,2})|(?<roman>"
                        + "[ivxl]{1,6})|(?<relative>" + Alternation.of(VIETNAMESE_RELATIVE_CENTURIES.keySet()) + "))\\b",
                (m, reference) -> decade(m.group("century") != null ? Integer.parseInt(m.group("century"))
                        : m.group("roman") != null ? RomanNumerals.parse(m.group("roman"))
                        : (reference.getYear() - 1) / 100 + 1 + VIETNAMESE_RELATIVE_CENTURIES.get(m.group("relative")),
                        Integer.parseInt(m.group("tens")))).requiring("the ky");
    }

    /** The century of a match, written with its number or as the reference's own or the one before it. */
    private static int century(Matcher m, Map<String, Integer> numbers, LocalDateTime reference) {
        return m.group("relative") != null
                ? (reference.getYear() - 1) / 100 + 1 + RELATIVE_CENTURIES.get(m.group("relative"))
                : number(m.group("century"), numbers);
    }

    /** The century of our era with this count ("18" for the 19th), if there has been one. */
    static Optional<ResolvedDate> century(int century) {
        return century < 1 || century > LAST_CENTURY ? Optional.empty()
                : Optional.of(new ResolvedDate(String.format("%02d", century - 1), Granularity.CENTURY, null, null));
    }

    /** The decade of these tens (20 to 90, or 0 and 10) in the century with this count ("199" for the 1990s). */
    static Optional<ResolvedDate> decade(int century, int tens) {
        if (century < 1 || century > LAST_CENTURY || tens % 10 != 0) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDate(String.format("%02d%d", century - 1, tens / 10), Granularity.DECADE, null,
                null));
    }

    private static int number(String written, Map<String, Integer> numbers) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : numbers.get(written);
    }
}
