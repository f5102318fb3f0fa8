package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.JapaneseCalendar;
import com.ibm.icu.util.TaiwanCalendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Years counted from the start of an era, with their month and day when written, in digits or Han numerals: the
 * Japanese eras, "令和3年8月6日" = 2021-08-06, "平成元年" = 1989, "昭和46年5月", "平成二十二年一月二十九日"; and the
 * Republic of China's, as Taiwan dates its news, "民國112年5月20日" = 2023-05-20, "民国三年" = 1914. The eras, their
 * names and the Gregorian year each began in are ICU's Japanese and Taiwan calendars.
 */
final class CalendarEras {

    /** The first year of an era is written 元 ("gannen"), which no CLDR number format reads. */
    private static final String FIRST_YEAR = "元";

    /**
     * The calendar whose eras a language writes, the locales of their names, and the most years an era has counted:
     * Shōwa, the longest Japanese era, lasted 64; the Republic of China's is in its second century.
     */
    private record EraCalendar(Supplier<Calendar> calendar, List<ULocale> names, int maxYear) {
    }

    private static final Map<String, EraCalendar> CALENDARS = Map.of(
            "ja", new EraCalendar(JapaneseCalendar::new, List.of(ULocale.JAPANESE), 64),
            "zh", new EraCalendar(TaiwanCalendar::new, List.of(ULocale.forLanguageTag("zh-Hans"),
                    ULocale.forLanguageTag("zh-Hant")), 199));

    private CalendarEras() {
    }

    static List<DateRule> rules(String language) {
        EraCalendar eraCalendar = CALENDARS.get(ULocale.forLanguageTag(language).getLanguage());
        if (eraCalendar == null) {
            return List.of();
        }
        Map<String, Integer> firstYears = firstYears(eraCalendar);
        Map<String, Integer> numerals = SpelledNumbers.cardinals(eraCalendar.names().get(0), eraCalendar.maxYear());
        String number = "(?:[0-9]{1," + String.valueOf(eraCalendar.maxYear()).length() + "}|"
                + HanNumeralDates.alternation(numerals) + ")";
        String regex = "(?<era>" + Alternation.of(firstYears.keySet()) + ")\\s*(?<year>" + number + "|" + FIRST_YEAR
                + ")\\s*年(?:\\s*(?<month>" + number + ")\\s*月(?:\\s*(?<day>" + number + ")\\s*[日号號])?)?";
        return List.of(DateRule.of(Start.ANYWHERE, regex, (m, reference) -> {
            String year = m.group("year");
            int years = year.equals(FIRST_YEAR) ? 0 : SpelledNumbers.value(year, numerals) - 1;
            return date(firstYears.get(m.group("era")) + years, m, numerals);
        }).requiringAny(List.copyOf(firstYears.keySet())));
    }

    private static Optional<ResolvedDate> date(int year, Matcher m, Map<String, Integer> numerals) {
        if (m.group("month") == null) {
            return Optional.of(ResolvedDate.of(String.format("%04d", year), Granularity.YEAR));
        }
        return ResolvedDate.ofMonth(year, SpelledNumbers.value(m.group("month"), numerals),
                m.group("day") == null ? null : SpelledNumbers.value(m.group("day"), numerals));
    }

    /**
     * The eras ICU names in the calendar's locales, by the Gregorian year each began in; not an era that counts its
     * years back, as the Taiwan calendar's years before the Republic ("民國前").
     */
    private static Map<String, Integer> firstYears(EraCalendar eraCalendar) {
        Calendar calendar = eraCalendar.calendar().get();
        Map<String, Integer> firstYears = new HashMap<>();
        for (ULocale locale : eraCalendar.names()) {
            String[] eras = new DateFormatSymbols(calendar, locale).getEras();
            for (int era = 0; era < eras.length; era++) {
                if (!eras[era].isBlank() && gregorianYear(calendar, era, 2) > gregorianYear(calendar, era, 1)) {
                    firstYears.put(eras[era], gregorianYear(calendar, era, 1));
                }
            }
        }
        return firstYears;
    }

    private static int gregorianYear(Calendar calendar, int era, int year) {
        calendar.clear();
        calendar.set(Calendar.ERA, era);
        calendar.set(Calendar.YEAR, year);
        return calendar.get(Calendar.EXTENDED_YEAR);
    }
}
