package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Persian dates of the Solar Hijri calendar, Iran's own, in which Persian news and encyclopedias write most dates: "۱۲
 * فروردین ۱۳۹۴" is 2015-04-01, "فروردین ۱۳۹۴" the days from 2015-03-21 to 2015-04-20, and a year written alone, "سال
 * ۱۳۵۷", the days from 1978-03-21 to 1979-03-20 — unless "میلادی" (of the common era) follows it, or "قمری" (lunar),
 * which makes it a year of the Islamic calendar. A year alone is Solar Hijri up to the one after the reference's, as
 * later numbers are common-era years ("۲۰۱۴"), or where "شمسی" or "خورشیدی" (solar) follows it; a decade of the
 * 1300s, "دهه ۱۳۶۰", the days of its ten years. The month names and calendars are ICU's.
 */
final class SolarHijriDates {

    private static final String LANGUAGE = "fa";
    private static final String YEAR = "(?<year>1[2-4]\\d{2})";
    /** How far after a year its calendar's word may stand: a space, "هجری" (of the Hijra) and a space. */
    private static final int MARK_REACH = 12;
    private static final Pattern COMMON_ERA_AFTER = Pattern.compile("^\\s*(?:م\\b|میلادی)");
    private static final Pattern LUNAR_AFTER = Pattern.compile("^\\s*(?:ه\\.?\\s*ق\\b|(?:هجری\\s+)?قمری)");
    private static final String SOLAR_WORDS = "(?:ه\\.?\\s*ش\\b|(?:هجری\\s+)?(?:شمسی|خورشیدی))";
    private static final String SOLAR_MARK = "(?:\\s*" + SOLAR_WORDS + ")?";
    private static final Pattern SOLAR_AFTER = Pattern.compile("^\\s*" + SOLAR_WORDS);
    private static final Pattern YEAR_VALUE = Pattern.compile("1[2-4]\\d{2}");
    /** A Solar Hijri decade, "دهه ۱۳۶۰" (the 1360s, 1981 to 1991): the tens of its years. */
    private static final Pattern DECADE_VALUE = Pattern.compile("1[34]\\d");
    private static final int YEARS_OF_DECADE = 10;

    private SolarHijriDates() {
    }

    /** The day and month rules of the Solar Hijri calendar, in Persian only. */
    static List<DateRule> rules(String language) {
        if (!isPersian(language)) {
            return List.of();
        }
        Map<String, Integer> months = monthNames();
        String month = "(?<month>" + Alternation.of(months.keySet()) + ")";
        return List.of(
                DateRule.of(Start.DIGIT, "(?<![\\p{N}/.])(?<day>[0-3]?\\d)\\s+" + month + "\\s+(?:سال\\s+)?" + YEAR
                        + "(?!\\p{N})" + SOLAR_MARK, (m, reference) -> day(Integer.parseInt(m.group("year")),
                        months.get(m.group("month")), Integer.parseInt(m.group("day")))),
                DateRule.of(Start.words(months.keySet()), "(?<![\\p{N}]\\s)\\b" + month + "\\s+(?:سال\\s+)?" + YEAR
                        + "(?!\\p{N})" + SOLAR_MARK, (m, reference) -> Optional.of(days(PersianCalendar::new,
                        Integer.parseInt(m.group("year")), months.get(m.group("month")), Calendar.MONTH))));
    }

    /**
     * {@code mentions}, with the Persian text's years alone made the days of their Solar Hijri year, or of their
     * Islamic year where "قمری" follows them.
     */
    static List<DateMention> inCommonEra(String language, String text, List<DateMention> mentions,
                                         LocalDateTime reference) {
        if (!isPersian(language)) {
            return mentions;
        }
        int lastSolarYear = solarYear(reference.toLocalDate()) + 1;
        List<DateMention> converted = new ArrayList<>();
        for (DateMention m : mentions) {
            boolean bare = m.rangeEnd() == null && m.modifier() == null;
            if (bare && m.granularity() == Granularity.YEAR && YEAR_VALUE.matcher(m.value()).matches()) {
                converted.add(yearAlone(text, m, lastSolarYear));
            } else if (bare && m.granularity() == Granularity.DECADE && DECADE_VALUE.matcher(m.value()).matches()
                    && !COMMON_ERA_AFTER.matcher(after(text, m)).find()) {
                int first = Integer.parseInt(m.value()) * YEARS_OF_DECADE;
                ResolvedDate start = days(PersianCalendar::new, first, 1, Calendar.YEAR);
                ResolvedDate end = days(PersianCalendar::new, first + YEARS_OF_DECADE - 1, 1, Calendar.YEAR);
                converted.add(new DateMention(m.text(), m.start(), m.end(), start.value(), Granularity.DAY, null,
                        end.rangeEnd(), m.inReferences()));
            } else {
                converted.add(m);
            }
        }
        return converted;
    }

    /** The folded text right after a mention, as far as its calendar's word may stand. */
    private static String after(String text, DateMention m) {
        return TextFolding.fold(text.substring(m.end(), Math.min(text.length(), m.end() + MARK_REACH)));
    }

    private static DateMention yearAlone(String text, DateMention m, int lastSolarYear) {
        String after = after(text, m);
        int year = Integer.parseInt(m.value());
        ResolvedDate days;
        if (COMMON_ERA_AFTER.matcher(after).find()) {
            return m;
        } else if (LUNAR_AFTER.matcher(after).find()) {
            days = days(IslamicCalendar::new, year, 1, Calendar.YEAR);
        } else if (year <= lastSolarYear || SOLAR_AFTER.matcher(after).find()) {
            days = days(PersianCalendar::new, year, 1, Calendar.YEAR);
        } else {
            return m;
        }
        return new DateMention(m.text(), m.start(), m.end(), days.value(), Granularity.DAY, null, days.rangeEnd(),
                m.inReferences());
    }

    private static Optional<ResolvedDate> day(int year, int month, int day) {
        Calendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(year, month - 1, 1);
        if (day < 1 || day > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return Optional.empty();
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return Optional.of(ResolvedDate.of(gregorian(calendar).toString(), Granularity.DAY));
    }

    /** The days of a year or month ({@code field}) of a calendar, first to last, as a range of Gregorian days. */
    private static ResolvedDate days(Supplier<Calendar> calendars, int year, int month, int field) {
        Calendar calendar = calendars.get();
        calendar.setTimeZone(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(year, month - 1, 1);
        LocalDate first = gregorian(calendar);
        calendar.add(field, 1);
        LocalDate last = gregorian(calendar).minusDays(1);
        return new ResolvedDate(first.toString(), Granularity.DAY, null, last.toString());
    }

    /** The Gregorian day of a calendar set in GMT. */
    private static LocalDate gregorian(Calendar calendar) {
        return LocalDate.ofInstant(calendar.getTime().toInstant(), ZoneOffset.UTC);
    }

    private static int solarYear(LocalDate day) {
        Calendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.setTimeInMillis(day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    /** ICU's Persian names of the Solar Hijri months, folded, by their number (فروردین is 1). */
    private static Map<String, Integer> monthNames() {
        String[] names = new DateFormatSymbols(PersianCalendar.class, ULocale.forLanguageTag(LANGUAGE))
                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(TextFolding.fold(names[i]), i + 1);
        }
        return months;
    }

    private static boolean isPersian(String language) {
        return ULocale.forLanguageTag(language).getLanguage().equals(LANGUAGE);
    }
}
