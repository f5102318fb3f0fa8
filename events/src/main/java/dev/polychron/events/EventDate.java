package dev.polychron.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date of a timeline event: its TIMEX3 value and the ISO days that bound it. */
public record EventDate(
        String value,
        Granularity granularity,
        Modifier modifier,
        String rangeEnd,
        LocalDate from,
        LocalDate to) {

    private static final Pattern DAY = Pattern.compile("(-?\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(-?\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(-?\\d{4})-Q([1-4])");
    /** What TIMEX writes after a week for that week's weekend: "2015-W11-WE". */
    public static final String WEEKEND_SUFFIX = "-WE";
    private static final Pattern WEEK = Pattern.compile("(-?\\d{4})-W(\\d{2})(" + WEEKEND_SUFFIX + ")?");
    private static final Pattern SEASON = Pattern.compile("(-?\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern DECADE = Pattern.compile("-?\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("-?\\d{2}");
    /** Northern-hemisphere meteorological seasons: first month of each. */
    private static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    /** The date with its bounds: from the first day of {@code value} to the last day of {@code rangeEnd} or value. */
    public static EventDate of(String value, Granularity granularity, Modifier modifier, String rangeEnd) {
        LocalDate[] start = bounds(value);
        LocalDate[] end = rangeEnd == null ? start : bounds(rangeEnd);
        return new EventDate(value, granularity, modifier, rangeEnd, start[0], end[1]);
    }

    /** The first and last day of a TIMEX3 date value. */
    public static LocalDate[] bounds(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            // "2015-W11-WE" is that week's weekend, its Saturday and Sunday
            return new LocalDate[] {m.group(3) == null ? monday : monday.plusDays(5), monday.plusDays(6)};
        }
        if ((m = SEASON.matcher(value)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), SEASON_START.get(m.group(2)));
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if (YEAR.matcher(value).matches()) {
            return years(Integer.parseInt(value), 1);
        }
        if (DECADE.matcher(value).matches()) {
            return years(Integer.parseInt(value) * 10, 10);
        }
        if (CENTURY.matcher(value).matches()) {
            int century = Integer.parseInt(value);
            // "19" is 1900-1999 by its first digits; "-05", the 5th century BC, is 500-401 BC: years -499 to -400
            return years(century * 100 + (century < 0 ? 1 : 0), 100);
        }
        throw new IllegalArgumentException("not a TIMEX3 date value: " + value);
    }

    private static LocalDate[] years(int first, int count) {
        return new LocalDate[] {LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31)};
    }
}
