package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Months and days written in Han numerals in Chinese and Japanese ("四月", "十二月二十二日"; "二十二日" alone is
 * {@link CjkDays}): the numerals as ICU's spell-out rules write 1 to 31, in the reference's year. After 年 the year is
 * written (see {@link HanYearDates}), in digits or in Han digits ("二〇一四年四月").
 */
final class HanNumeralDates {

    private static final Set<String> LANGUAGES = Set.of("ja", "zh", "yue");
    private static final int LAST_DAY = 31;
    /** The characters Han numerals are written with. */
    static final String HAN_NUMERAL_CHARS = "〇零一二三四五六七八九十百千廿卅";
    private static final String NOT_AFTER = "(?<![" + HAN_NUMERAL_CHARS + "年])";

    private HanNumeralDates() {
    }

    static List<DateRule> rules(ULocale locale) {
        if (!LANGUAGES.contains(locale.getLanguage())) {
            return List.of();
        }
        Map<String, Integer> numbers = new HashMap<>(SpelledNumbers.cardinals(locale, LAST_DAY));
        // "两" counts things ("两月前", two months ago); the second month or day is "二"
        numbers.keySet().removeIf(form -> form.contains("两") || form.contains("兩"));
        String numeral = alternation(numbers);
        List<DateRule> rules = new ArrayList<>(HanYearDates.rules(locale, numbers, numeral));
        rules.addAll(List.of(
                DateRule.of(Start.ANYWHERE, NOT_AFTER + "(?<month>" + numeral + ")月(?<day>" + numeral + ")[日号號]",
                        (m, reference) -> ReferenceYear.day(numbers.get(m.group("month")), numbers.get(m.group("day")),
                                reference.toLocalDate())),
                DateRule.of(Start.ANYWHERE, NOT_AFTER + "(?<month>" + numeral + ")月",
                        (m, reference) -> Optional.of(numbers.get(m.group("month")))
                                .filter(month -> month <= 12)
                                .map(month -> ReferenceYear.month(month, reference.toLocalDate(), null)))));
        return rules;
    }

    /** The Han numerals among ICU's spelled forms of {@code numbers}, as a regex alternation. */
    static String alternation(Map<String, Integer> numbers) {
        return "(?:" + Alternation.of(numbers.keySet().stream()
                .filter(form -> form.codePoints().allMatch(HanNumeralDates::han)).toList()) + ")";
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
