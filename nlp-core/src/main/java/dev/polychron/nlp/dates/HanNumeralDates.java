package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Months and days written in Han numerals in Chinese and Japanese ("四月", "十二月二十二日", "二十二日" is left alone):
 * the numerals as ICU's spell-out rules write 1 to 31, the year nearest the reference. Not after 年, where the year
 * itself would be in numerals too ("二〇一四年四月"), which no rule reads yet.
 */
final class HanNumeralDates {

    private static final Set<String> LANGUAGES = Set.of("ja", "zh", "yue");
    private static final int LAST_DAY = 31;
    private static final String NOT_AFTER = "(?<![〇零一二三四五六七八九十百千年])";

    private HanNumeralDates() {
    }

    static List<DateRule> rules(ULocale locale) {
        if (!LANGUAGES.contains(locale.getLanguage())) {
            return List.of();
        }
        Map<String, Integer> numbers = SpelledNumbers.cardinals(locale, LAST_DAY);
        String numeral = "(?:" + Alternation.of(numbers.keySet().stream()
                .filter(form -> form.codePoints().allMatch(HanNumeralDates::han)).toList()) + ")";
        return List.of(
                DateRule.of(Start.ANYWHERE, NOT_AFTER + "(?<month>" + numeral + ")月(?<day>" + numeral + ")[日号]",
                        (m, reference) -> NearestDay.of(numbers.get(m.group("month")), numbers.get(m.group("day")),
                                reference.toLocalDate())),
                DateRule.of(Start.ANYWHERE, NOT_AFTER + "(?<month>" + numeral + ")月",
                        (m, reference) -> Optional.of(numbers.get(m.group("month")))
                                .filter(month -> month <= 12)
                                .map(month -> NearestDay.month(month, reference.toLocalDate(), null))));
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
