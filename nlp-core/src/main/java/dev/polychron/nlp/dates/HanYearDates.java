package dev.polychron.nlp.dates;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.Style;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A month, or a day, after its year in Chinese and Japanese: the year in digits or as CLDR's word for this, last or
 * next year, or in Han digits, the month and day in digits or Han numerals: "2021年三月", "今年四月", "明年九月三日",
 * "来年の4月", "二〇一八年十二月"; and a year in Han digits alone, "二〇一八年".
 */
final class HanYearDates {

    private static final Map<Direction, Integer> YEARS_AWAY = Map.of(Direction.LAST, -1, Direction.THIS, 0,
            Direction.NEXT, 1);

    /** The Han digits 0 to 9, and the other zero. */
    private static final String HAN_DIGITS = "〇一二三四五六七八九";
    private static final int ZERO = '零';
    static final String HAN_YEAR = "(?<![" + HanNumeralDates.HAN_NUMERAL_CHARS
            + "])(?<hanYear>[一二][〇零一二三四五六七八九]{3})";

    private HanYearDates() {
    }

    static List<DateRule> rules(ULocale locale, Map<String, Integer> numbers, String numeral) {
        Map<String, Integer> relativeYears = relativeYears(locale);
        String number = "(?:" + numeral + "|[0-9]{1,2})";
        String regex = "(?:(?<![0-9])(?<year>[12][0-9]{3})年|" + HAN_YEAR + "年|(?<relative>"
                + Alternation.of(relativeYears.keySet()) + "))[の的]?\\s*(?<month>" + number + ")月(?:(?<day>" + number
                + ")[日号號])?";
        return List.of(
                DateRule.of(Start.ANYWHERE, regex, (m, reference) -> ResolvedDate.ofMonth(
                        year(m, reference, relativeYears), SpelledNumbers.value(m.group("month"), numbers),
                        m.group("day") == null ? null : SpelledNumbers.value(m.group("day"), numbers))),
                DateRule.of(Start.ANYWHERE, HAN_YEAR + "年", (m, reference) -> Optional.of(ResolvedDate.of(
                        String.valueOf(hanDigits(m.group("hanYear"))), Granularity.YEAR))));
    }

    /**
     * The year of a match in digits (group "year"), in Han digits ("hanYear", see {@link #HAN_YEAR}) or as a word
     * of {@code relativeYears} ("relative"); the reference's year when none matched.
     */
    static int year(Matcher m, LocalDateTime reference, Map<String, Integer> relativeYears) {
        return m.group("year") != null ? Integer.parseInt(m.group("year"))
                : m.group("hanYear") != null ? hanDigits(m.group("hanYear"))
                : reference.getYear() + relativeYears.getOrDefault(m.group("relative"), 0);
    }

    /** A year written digit by digit in Han numerals, as ICU's year spell-out writes it: "二〇一四", "二零一四". */
    private static int hanDigits(String written) {
        return Integer.parseInt(written.codePoints().map(c -> c == ZERO ? 0 : HAN_DIGITS.indexOf(c))
                .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
    }


    /** CLDR's words for last, this and next year ("去年", "今年", "明年"; "昨年", "来年"), by years away. */
    static Map<String, Integer> relativeYears(ULocale locale) {
        Map<String, Integer> words = new HashMap<>();
        for (Style style : Style.values()) {
            RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(locale, null, style,
                    DisplayContext.CAPITALIZATION_NONE);
            YEARS_AWAY.forEach((direction, away) -> words.putIfAbsent(formatter.format(direction, AbsoluteUnit.YEAR),
                    away));
        }
        return words;
    }
}
