package dev.polychron.nlp.dates;

import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Russian and Ukrainian biographies date the days before 1918 in both calendars, the Julian one ("old style") first
 * and the Gregorian one in brackets: "26 мая (6 июня) 1799", "(26 мая [6 июня] 1799 — 29 января [10 февраля] 1837)",
 * "3 (15) марта 1850", "20 декабря 1831 [1 января 1832]"; or the Julian one alone, so marked: "26 мая 1799 г. (ст.
 * ст.)", "26 мая 1799 года по старому стилю". Each is one day, the Gregorian one; read apart, the Julian day took the
 * reference's year and the year after the brackets began a range with the next date. The Julian day in brackets must
 * be the Gregorian one by the calendars, so that no other day in brackets is read so ("5 мая (7 мая) 2020").
 */
final class JulianGregorianDates {

    private static final Set<String> LANGUAGES = Set.of("ru", "uk");
    private static final String OPENING = "\\s*[(\\[]\\s*";
    private static final String CLOSING = "\\s*[)\\]]";
    /** A Julian day told as one, its year's word before: "26 мая 1799 г. (ст. ст.)", "1799 года по старому стилю". */
    private static final String OLD_STYLE = "(?:\\s+(?:г\\.|года|р\\.|року))?"
            + "(?:\\s*\\(\\s*(?:по\\s+|за\\s+)?ст\\.\\s*ст\\.\\s*\\)"
            + "|,?\\s+по\\s+старому\\s+стилю|,?\\s+за\\s+старим\\s+стилем)";

    private JulianGregorianDates() {
    }

    static List<DateRule> rules(String language) {
        if (!LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage())) {
            return List.of();
        }
        MonthNames months = MonthNames.of(language);
        String julianDay = RuleBasedDateExtractor.NOT_NUMBER_BEFORE + "(?<julianDay>[0-3]?\\d)";
        String julianMonth = "\\s+(?<julianMonth>" + months.alternation() + ")";
        String day = RuleBasedDateExtractor.DAY + "\\s+(?<month>" + months.alternation() + ")";
        String year = "\\s+" + RuleBasedDateExtractor.YEAR;
        String lastYear = year + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        return List.of(
                rule(julianDay + julianMonth + OPENING + day + CLOSING + lastYear, months),
                // one month for both days: "3 (15) марта 1850"
                rule(julianDay + OPENING + RuleBasedDateExtractor.DAY + CLOSING + "\\s+(?<month>(?<julianMonth>"
                        + months.alternation() + "))" + lastYear, months),
                rule(julianDay + julianMonth + "\\s+[12]\\d{3}" + OPENING + day + year + CLOSING, months),
                DateRule.of(Start.DIGIT, julianDay + julianMonth + "\\s+(?<julianYear>[12]\\d{3})" + OLD_STYLE,
                        (m, reference) -> julian(Integer.parseInt(m.group("julianYear")),
                                months.number(m.group("julianMonth")), Integer.parseInt(m.group("julianDay")))
                                .map(date -> ResolvedDate.of(date.toString(), Granularity.DAY))));
    }

    private static DateRule rule(String regex, MonthNames months) {
        return DateRule.of(Start.DIGIT, regex, (m, reference) -> gregorian(m, months));
    }

    private static Optional<ResolvedDate> gregorian(Matcher m, MonthNames months) {
        Optional<ResolvedDate> gregorian = ResolvedDate.ofMonth(Integer.parseInt(m.group("year")),
                months.number(m.group("month")), Integer.parseInt(m.group("day")));
        return gregorian.filter(date -> {
            LocalDate day = LocalDate.parse(date.value());
            int month = months.number(m.group("julianMonth"));
            // the Julian day in the Gregorian day's year or the one before: "20 декабря 1831 [1 января 1832]"
            int year = month > day.getMonthValue() ? day.getYear() - 1 : day.getYear();
            return julian(year, month, Integer.parseInt(m.group("julianDay"))).filter(day::equals).isPresent();
        });
    }

    /** The Gregorian day of a Julian one, as ICU's Gregorian calendar that never changes from the Julian counts it. */
    private static Optional<LocalDate> julian(int year, int month, int day) {
        GregorianCalendar julian = new GregorianCalendar(TimeZone.GMT_ZONE);
        julian.setGregorianChange(new Date(Long.MAX_VALUE));
        julian.setLenient(false);
        julian.clear();
        julian.set(year, month - 1, day);
        try {
            return Optional.of(LocalDate.ofInstant(julian.getTime().toInstant(), ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            // a day or month the Julian calendar has not: "30 февраля"
            return Optional.empty();
        }
    }
}
