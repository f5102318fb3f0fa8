package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A decade named by its tens within its century, as Chinese and Japanese write it: "20世纪90年代" (the 1990s),
 * "十九世纪七十年代", "上世纪80年代" (of the last century), "本世纪20年代" (of this one), in digits or Han numerals.
 */
final class CenturyDecades {

    private static final Set<String> LANGUAGES = Set.of("zh", "ja");
    /** The words for the century before the reference's and for its own, by how far they move from it. */
    private static final Map<String, Integer> RELATIVE_CENTURIES = Map.of("上", -1, "本", 0, "今", 0);
    private static final int LARGEST_TENS = 90;

    private CenturyDecades() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (!LANGUAGES.contains(locale.getLanguage())) {
            return List.of();
        }
        Map<String, Integer> numbers = SpelledNumbers.cardinals(locale, LARGEST_TENS);
        String numeral = "\\d{1,2}|" + HanNumeralDates.alternation(numbers);
        String regex = "(?:(?<relative>" + Alternation.of(RELATIVE_CENTURIES.keySet()) + ")[个個]?|(?<century>"
                + numeral + "))世[纪紀]的?(?<tens>" + numeral + ")年代";
        return List.of(DateRule.of(Start.ANYWHERE, regex, (m, reference) -> decade(m, numbers, reference))
                .requiring("年代"));
    }

    private static Optional<ResolvedDate> decade(Matcher m, Map<String, Integer> numbers, LocalDateTime reference) {
        int century = m.group("relative") != null
                ? (reference.getYear() - 1) / 100 + 1 + RELATIVE_CENTURIES.get(m.group("relative"))
                : number(m.group("century"), numbers);
        int tens = number(m.group("tens"), numbers);
        if (century < 1 || century > 21 || tens % 10 != 0) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDate(String.format("%02d%d", century - 1, tens / 10), Granularity.DECADE, null,
                null));
    }

    private static int number(String written, Map<String, Integer> numbers) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : numbers.get(written);
    }
}
