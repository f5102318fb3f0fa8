package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Arabic centuries and decades, as encyclopedias write them: "القرن التاسع عشر" (the 19th century), "القرن 19",
 * "القرن الخامس قبل الميلاد", "القرن الماضي" (the last one); a decade by its tens' plural, "تسعينيات القرن العشرين"
 * (the nineties of the 20th century), "ثمانينيات القرن الماضي", and alone, "في الثمانينيات", the 20th century's, as
 * "los años 80" is. The rules read folded text (hamza on alif and teh marbuta folded), with a conjunction or
 * preposition written as the word's prefix ("والقرن", "بالتسعينيات").
 */
final class ArabicCenturies {

    private static final List<String> PREFIXES = Stream.of("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل")
            .flatMap(clitic -> Stream.of(clitic + "ال", clitic)).toList();
    private static final String CENTURY_WORD = "قرن";
    /** The stems of the tens' plurals, folded: "عشرينيات", "ثمانينات". */
    private static final Map<String, Integer> TENS = Map.of("عشر", 20, "ثلاث", 30, "اربع", 40, "خمس", 50, "ست", 60,
            "سبع", 70, "ثمان", 80, "تسع", 90);
    private static final String TENS_PLURAL = "ين(?:ي)?ات";
    /** The century of the reference and the one before it. */
    private static final Map<String, Integer> RELATIVE = Map.of("الماضي", -1, "المنصرم", -1, "الحالي", 0);
    private static final String AFTER_CENTURY = "(?:\\s+(?:الميلادي|للميلاد|(?<bce>قبل الميلاد)))?(?![\\p{L}\\p{N}])";
    private static final int TWENTIETH = 20;
    private static final int LAST_CENTURY = 21;

    private ArabicCenturies() {
    }

    static List<DateRule> rules(ULocale locale) {
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, LAST_CENTURY));
        // after "في" the ordinal's tens take the genitive: "في القرن العشرين", "الحادي والعشرين"
        SpelledNumbers.ordinals(locale, LAST_CENTURY).forEach((form, number) -> {
            if (form.endsWith("ون")) {
                ordinals.put(form.substring(0, form.length() - 2) + "ين", number);
            }
        });
        String century = "(?:(?<ordinal>" + Alternation.of(ordinals.keySet()) + ")|(?:الـ?\\s?)?(?<digits>\\d{1,2})"
                + "|(?<relative>" + Alternation.of(RELATIVE.keySet()) + "))";
        String prefix = "(?<![\\p{L}\\p{N}])(?:" + Alternation.of(PREFIXES.stream().filter(p -> !p.isEmpty())
                .toList()) + ")?";
        String decade = prefix + "(?<tens>" + Alternation.of(TENS.keySet()) + ")" + TENS_PLURAL
                + "(?:\\s+(?:من\\s+)?ال" + CENTURY_WORD + "\\s+" + century + ")?(?![\\p{L}\\p{N}])";
        List<String> decadeStarts = PREFIXES.stream().flatMap(p -> TENS.keySet().stream().map(t -> p + t)).toList();
        List<String> centuryStarts = PREFIXES.stream().map(p -> p + CENTURY_WORD).toList();
        return List.of(
                DateRule.of(Start.words(decadeStarts), decade, (m, reference) -> CenturyDecades.decade(
                        centuryOf(m, ordinals, reference), TENS.get(m.group("tens")))).requiring("ين"),
                DateRule.of(Start.words(centuryStarts), prefix + CENTURY_WORD + "\\s+" + century + AFTER_CENTURY,
                        (m, reference) -> century(centuryOf(m, ordinals, reference), m.group("bce") != null))
                        .requiring(CENTURY_WORD));
    }

    /** The century the match names; without one, a decade's is the 20th. */
    private static int centuryOf(Matcher m, Map<String, Integer> ordinals, LocalDateTime reference) {
        if (m.group("ordinal") != null) {
            return ordinals.get(m.group("ordinal"));
        }
        if (m.group("digits") != null) {
            return Integer.parseInt(m.group("digits"));
        }
        return m.group("relative") == null ? TWENTIETH
                : (reference.getYear() - 1) / 100 + 1 + RELATIVE.get(m.group("relative"));
    }

    private static Optional<ResolvedDate> century(int century, boolean beforeCommonEra) {
        if (!beforeCommonEra) {
            return CenturyDecades.century(century);
        }
        // before the common era, the century's count with a minus, as EventDate reads it: the 5th BC is "-05"
        return CenturyDecades.century(century).map(ignored -> new ResolvedDate("-%02d".formatted(century),
                Granularity.CENTURY, null, null));
    }
}
