package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.JapaneseCalendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Years of the Japanese eras, with their month and day when written, in digits or Han numerals: "令和3年8月6日" =
 * 2021-08-06, "平成元年" = 1989, "昭和46年5月", "平成二十二年一月二十九日". The eras and the Gregorian year each began in
 * are ICU's Japanese calendar.
 */
final class JapaneseEras {

    /** The first year of an era is written 元 ("gannen"), which no CLDR number format reads. */
    private static final String FIRST_YEAR = "元";
    /** The longest era so far, Shōwa, lasted 64 years. */
    private static final int MAX_ERA_YEAR = 64;

    private JapaneseEras() {
    }

    static List<DateRule> rules(String language) {
        if (!ULocale.forLanguageTag(language).getLanguage().equals("ja")) {
            return List.of();
        }
        Map<String, Integer> firstYears = firstYears();
        Map<String, Integer> numerals = SpelledNumbers.cardinals(ULocale.JAPANESE, MAX_ERA_YEAR);
        String number = "(?:[0-9]{1,2}|" + HanNumeralDates.alternation(numerals) + ")";
        String regex = "(?<era>" + Alternation.of(firstYears.keySet()) + ")\\s*(?<year>" + number + "|" + FIRST_YEAR
                + ")\\s*年(?:\\s*(?<month>" + number + ")\\s*月(?:\\s*(?<day>" + number + ")\\s*日)?)?";
        return List.of(DateRule.of(Start.ANYWHERE, regex, (m, reference) -> {
            String year = m.group("year");
            int years = year.equals(FIRST_YEAR) ? 0 : SpelledNumbers.value(year, numerals) - 1;
            return date(firstYears.get(m.group("era")) + years, m, numerals);
        }));
    }

    private static Optional<ResolvedDate> date(int year, Matcher m, Map<String, Integer> numerals) {
        if (m.group("month") == null) {
            return Optional.of(ResolvedDate.of(String.format("%04d", year), Granularity.YEAR));
        }
        return ResolvedDate.ofMonth(year, SpelledNumbers.value(m.group("month"), numerals),
                m.group("day") == null ? null : SpelledNumbers.value(m.group("day"), numerals));
    }


    /** The eras ICU names in Japanese, by the Gregorian year each began in. */
    private static Map<String, Integer> firstYears() {
        JapaneseCalendar calendar = new JapaneseCalendar();
        String[] eras = new DateFormatSymbols(calendar, ULocale.JAPANESE).getEras();
        Map<String, Integer> firstYears = new HashMap<>();
        for (int era = 0; era < eras.length; era++) {
            if (!eras[era].isBlank()) {
                calendar.clear();
                calendar.set(Calendar.ERA, era);
                calendar.set(Calendar.YEAR, 1);
                firstYears.put(eras[era], calendar.get(Calendar.EXTENDED_YEAR));
            }
        }
        return firstYears;
    }
}
