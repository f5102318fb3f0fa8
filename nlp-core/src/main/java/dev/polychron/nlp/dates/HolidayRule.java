package dev.polychron.nlp.dates;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** When a named day falls in a given year, by one of the rules of {@code holiday-rules.tsv}. */
sealed interface HolidayRule {

    LocalDate in(int year);

    /** The last day of a named period that begins on {@code first} (Ramadan, Passover); a named day ends there. */
    default LocalDate lastDay(LocalDate first) {
        return first;
    }

    /**
     * A rule as the data file writes it, e.g. {@code fixed:12-25}, {@code fixed:10-16:SAT=-1:SUN=+1} (moved when it
     * falls on those weekdays), {@code islamic:10-01<FRI} (the last Friday before), {@code easter:-2},
     * {@code nth:4:THU:11}, {@code islamic:10-01}, {@code islamic-month:09}, {@code hebrew:tishri-10}, {@code hindu:ashvin-30@19} (a lunar day of a Hindu month,
     * kept at 19:00), {@code sankranti:270:+1} (the day after Makar Sankranti, the Sun entering sidereal Capricorn,
     * or the day after that when it enters after sunset), {@code sankranti-day:0} (the civil day it enters Aries),
     * {@code vague:2018-08-17} (a day of a year of 365 days without leap days, by its date in one year); a period of
     * several days adds {@code *days}.
     */
    static HolidayRule parse(String rule) {
        int star = rule.indexOf('*');
        if (star >= 0) {
            return new Lasting(parse(rule.substring(0, star)), Integer.parseInt(rule.substring(star + 1)));
        }
        int before = rule.indexOf('<');
        if (before >= 0) {
            return new WeekdayBefore(parse(rule.substring(0, before)), weekday(rule.substring(before + 1)));
        }
        String[] parts = rule.split(":");
        if (parts.length > 2 && parts[2].contains("=")) {
            return new Moved(parse(parts[0] + ":" + parts[1]), weekdayMoves(parts));
        }
        return switch (parts[0]) {
            case "fixed" -> new Fixed(Integer.parseInt(parts[1].substring(0, 2)),
                    Integer.parseInt(parts[1].substring(3)));
            case "easter" -> new AfterEaster(false, Integer.parseInt(parts[1]));
            case "orthodox-easter" -> new AfterEaster(true, Integer.parseInt(parts[1]));
            case "nth" -> new NthWeekday(Integer.parseInt(parts[1]), weekday(parts[2]), Integer.parseInt(parts[3]),
                    parts.length > 4 ? Integer.parseInt(parts[4]) : 0);
            case "lunar" -> new Lunar(Integer.parseInt(parts[1].substring(0, 2)),
                    Integer.parseInt(parts[1].substring(3)));
            case "islamic" -> new Islamic(Integer.parseInt(parts[1].substring(0, 2)),
                    Integer.parseInt(parts[1].substring(3)));
            case "islamic-month" -> new IslamicMonth(Integer.parseInt(parts[1]));
            case "hebrew" -> Hebrew.parse(parts[1]);
            case "hindu" -> HinduLunar.parse(parts[1], parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
            case "sankranti", "sankranti-day" -> new Sankranti(Integer.parseInt(parts[1]),
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 0, parts[0].equals("sankranti"));
            case "vague" -> new VagueYear(LocalDate.parse(parts[1]));
            default -> throw new IllegalArgumentException("unknown holiday rule " + rule);
        };
    }

    private static DayOfWeek weekday(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday " + abbreviation);
    }

    private static Map<DayOfWeek, Integer> weekdayMoves(String[] parts) {
        Map<DayOfWeek, Integer> moves = new EnumMap<>(DayOfWeek.class);
        for (int i = 2; i < parts.length; i++) {
            String[] weekdayDays = parts[i].split("=");
            moves.put(weekday(weekdayDays[0]), Integer.parseInt(weekdayDays[1]));
        }
        return moves;
    }

    record Fixed(int month, int day) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return LocalDate.of(year, month, day);
        }
    }

    /** A day moved by some days when it falls on given weekdays (Koningsdag on a Sunday). */
    record Moved(HolidayRule rule, Map<DayOfWeek, Integer> weekdayMoves) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            LocalDate date = rule.in(year);
            return date.plusDays(weekdayMoves.getOrDefault(date.getDayOfWeek(), 0));
        }
    }

    /** The last given weekday before the day of another rule (the last Friday of Ramadan, before Eid al-Fitr). */
    record WeekdayBefore(HolidayRule rule, DayOfWeek weekday) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return rule.in(year).with(TemporalAdjusters.previous(weekday));
        }
    }

    /**
     * A day of a calendar whose years have 365 days and no leap day, as the Parsis' Shahenshahi calendar: it comes a day
     * earlier in the Gregorian calendar after each Gregorian leap day, from its date in one year.
     */
    record VagueYear(LocalDate known) implements HolidayRule {

        private static final int DAYS = 365;

        @Override
        public LocalDate in(int year) {
            LocalDate day = known.plusDays((long) DAYS * (year - known.getYear()));
            while (day.getYear() > year) {
                day = day.minusDays(DAYS);
            }
            while (day.getYear() < year) {
                day = day.plusDays(DAYS);
            }
            return day;
        }
    }

    /** A period of some days that begins on the day another rule gives. */
    record Lasting(HolidayRule first, int days) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return first.in(year);
        }

        @Override
        public LocalDate lastDay(LocalDate firstDay) {
            return firstDay.plusDays(days - 1);
        }
    }

    /** Days after Easter Sunday: Western by the Gregorian computus, Orthodox by the Julian one. */
    record AfterEaster(boolean orthodox, int days) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return (orthodox ? julianEaster(year) : gregorianEaster(year)).plusDays(days);
        }

        /** The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8). */
        static LocalDate gregorianEaster(int year) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(year, month, day);
        }

        /** Meeus' Julian algorithm, moved to the Gregorian calendar by the centuries' difference. */
        static LocalDate julianEaster(int year) {
            int d = (19 * (year % 19) + 15) % 30;
            int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
            int month = (d + e + 114) / 31;
            int day = (d + e + 114) % 31 + 1;
            return LocalDate.of(year, month, day).plusDays(year / 100 - year / 400 - 2);
        }
    }

    /** The n-th (or, with -1, the last) weekday of a month, shifted by some days (Black Friday). */
    record NthWeekday(int nth, DayOfWeek weekday, int month, int shift) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            return day.plusDays(shift);
        }
    }

    /**
     * A day of the Chinese lunisolar calendar (the first day of the first month is the Lunar New Year, Tết, Seollal),
     * reckoned where it is kept: new moons fall by the local time, so Vietnam's (UTC+7) may be a day earlier than
     * China's (UTC+8) and move a month (Tết 2007 on 17 February, China's new year on the 18th), and Korea's (UTC+9,
     * as ICU's internal Dangi calendar since 1961) a day later (Seollal 1997 on 8 February, China's new year on the
     * 7th).
     */
    record Lunar(int month, int day, Reckoning reckoning) implements HolidayRule {

        /** Where the months are reckoned. */
        enum Reckoning {
            CHINA, VIETNAM, KOREA;

            private static final TimeZone CHINA_TIME = TimeZone.getTimeZone("Asia/Shanghai");
            private static final TimeZone VIETNAM_TIME = TimeZone.getTimeZone("GMT+07:00");
            private static final TimeZone KOREA_TIME = TimeZone.getTimeZone("GMT+09:00");

            /** The reckoning of the lunar days a language's writers mean. */
            static Reckoning of(String language) {
                return switch (language) {
                    case "vi" -> VIETNAM;
                    case "ko" -> KOREA;
                    default -> CHINA;
                };
            }

            private ChineseCalendar calendar() {
                return switch (this) {
                    case CHINA -> new ChineseCalendar(CHINA_TIME);
                    case VIETNAM -> new ReckonedCalendar(VIETNAM_TIME);
                    case KOREA -> new ReckonedCalendar(KOREA_TIME);
                };
            }
        }

        Lunar(int month, int day) {
            this(month, day, Reckoning.CHINA);
        }

        Lunar reckonedIn(Reckoning where) {
            return new Lunar(month, day, where);
        }

        @Override
        public LocalDate in(int year) {
            return exactlyIn(year).orElseThrow();
        }

        /** The day in that lunar year, if its month has that many days ("30 tháng Chạp" of a short twelfth month). */
        Optional<LocalDate> exactlyIn(int year) {
            ChineseCalendar calendar = reckoning.calendar();
            calendar.clear();
            // ICU 79 numbers the Chinese (and Dangi) extended year as the Gregorian year it begins in
            calendar.set(ChineseCalendar.EXTENDED_YEAR, year);
            calendar.set(ChineseCalendar.MONTH, month - 1);
            calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
            calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
            if (day > calendar.getActualMaximum(ChineseCalendar.DAY_OF_MONTH)) {
                return Optional.empty();
            }
            calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
            return Optional.of(julianDay(calendar));
        }

        /** The lunar year that holds {@code date}, by the year it begins in: 2013 for 20 January 2014. */
        int yearOf(LocalDate date) {
            ChineseCalendar calendar = reckoning.calendar();
            calendar.clear();
            calendar.set(ChineseCalendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
            return calendar.get(ChineseCalendar.EXTENDED_YEAR);
        }

        private static LocalDate julianDay(ChineseCalendar calendar) {
            return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(ChineseCalendar.JULIAN_DAY));
        }

        /** ICU computes the new moons on the zone of its protected constructor's last argument. */
        private static final class ReckonedCalendar extends ChineseCalendar {

            ReckonedCalendar(TimeZone zone) {
                super(zone, ULocale.ROOT, zone);
            }
        }
    }

    /**
     * A day of the Islamic calendar: by Saudi Arabia's Umm al-Qura calendar from 1420 AH (1999), when its present
     * rule took effect, and by ICU's astronomical reckoning before; either may differ by a day from the date a country
     * announces from the sighting of the moon. Its year is shorter than the Gregorian one, so a Gregorian year may
     * hold the day twice: the first is meant.
     */
    record Islamic(int month, int day) implements HolidayRule {

        /** Islamic years in a Gregorian one: about 1.03. */
        private static final double YEARS_PER_GREGORIAN_YEAR = 365.2425 / 354.367;
        private static final int HIJRA = 622;
        private static final int UMM_AL_QURA_SINCE = 1420;

        @Override
        public LocalDate in(int year) {
            for (int candidate = firstIslamicYear(year); ; candidate++) {
                LocalDate date = date(candidate, month, day);
                if (date.getYear() >= year) {
                    return date;
                }
            }
        }

        /** An Islamic year that begins before the Gregorian {@code year}. */
        static int firstIslamicYear(int year) {
            return (int) ((year - HIJRA) * YEARS_PER_GREGORIAN_YEAR) - 1;
        }

        static LocalDate date(int islamicYear, int month, int day) {
            IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            calendar.setCalculationType(islamicYear >= UMM_AL_QURA_SINCE
                    ? IslamicCalendar.CalculationType.ISLAMIC_UMALQURA : IslamicCalendar.CalculationType.ISLAMIC);
            calendar.clear();
            calendar.set(IslamicCalendar.EXTENDED_YEAR, islamicYear);
            calendar.set(IslamicCalendar.MONTH, month - 1);
            calendar.set(IslamicCalendar.DAY_OF_MONTH, day);
            return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(IslamicCalendar.JULIAN_DAY));
        }
    }

    /** A whole month of the Islamic calendar (Ramadan), from its first day to the day before the next month's. */
    record IslamicMonth(int month) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return new Islamic(month, 1).in(year);
        }

        @Override
        public LocalDate lastDay(LocalDate first) {
            int from = Islamic.firstIslamicYear(first.getYear());
            for (int candidate = from; candidate <= from + 2; candidate++) {
                if (Islamic.date(candidate, month, 1).equals(first)) {
                    return month == 12 ? Islamic.date(candidate + 1, 1, 1).minusDays(1)
                            : Islamic.date(candidate, month + 1, 1).minusDays(1);
                }
            }
            throw new IllegalArgumentException(first + " does not begin Islamic month " + month);
        }
    }

    /**
     * A day of the Hebrew calendar, dated by the evening it begins: Jewish days run from sunset to sunset, so Yom
     * Kippur 2018 (10 Tishri 5779) begins on 18 September. Adar is Adar II in a leap year, where Purim falls.
     */
    record Hebrew(int month, int day) implements HolidayRule {

        private static final List<String> MONTHS = List.of("tishri", "heshvan", "kislev", "tevet", "shevat",
                "adar-i", "adar", "nisan", "iyar", "sivan", "tamuz", "av", "elul");
        /** The Hebrew year that begins in the autumn of Gregorian year 0. */
        private static final int YEARS_BEFORE_GREGORIAN = 3761;

        static Hebrew parse(String monthDay) {
            int dash = monthDay.lastIndexOf('-');
            return new Hebrew(MONTHS.indexOf(monthDay.substring(0, dash)),
                    Integer.parseInt(monthDay.substring(dash + 1)));
        }

        @Override
        public LocalDate in(int year) {
            LocalDate eve = eve(year + YEARS_BEFORE_GREGORIAN - 1);
            return eve.getYear() == year ? eve : eve(year + YEARS_BEFORE_GREGORIAN);
        }

        private LocalDate eve(int hebrewYear) {
            HebrewCalendar calendar = new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            calendar.clear();
            calendar.set(HebrewCalendar.EXTENDED_YEAR, hebrewYear);
            calendar.set(HebrewCalendar.MONTH, month);
            calendar.set(HebrewCalendar.DAY_OF_MONTH, day);
            return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(HebrewCalendar.JULIAN_DAY)).minusDays(1);
        }
    }

    /**
     * A lunar day (1–30) of an amanta Hindu month, kept where it holds at sunrise or at a given hour (Diwali in the
     * evening, Janmashtami at midnight), shifted by some days (Holi, the day after Holika Dahan).
     */
    record HinduLunar(int month, int tithi, Optional<LocalTime> hour, int shift) implements HolidayRule {

        static HinduLunar parse(String monthDay, int shift) {
            String[] dayHour = monthDay.split("@");
            int dash = dayHour[0].lastIndexOf('-');
            Optional<LocalTime> hour = dayHour.length < 2 ? Optional.empty()
                    : Optional.of(dayHour[1].equals("24") ? LocalTime.of(23, 59)
                    : LocalTime.of(Integer.parseInt(dayHour[1]), 0));
            return new HinduLunar(HinduCalendar.MONTHS.indexOf(dayHour[0].substring(0, dash)),
                    Integer.parseInt(dayHour[0].substring(dash + 1)), hour, shift);
        }

        @Override
        public LocalDate in(int year) {
            return HinduCalendar.lunarDay(year, month, tithi, hour).plusDays(shift);
        }
    }

    /**
     * The day the Sun enters a sidereal sign (degrees, 0 = Aries), or the next when it enters after sunset, shifted by
     * some days (the days of Pongal).
     */
    record Sankranti(int degrees, int shift, boolean nextAfterSunset) implements HolidayRule {
        @Override
        public LocalDate in(int year) {
            return HinduCalendar.sankranti(year, degrees / 30, nextAfterSunset).plusDays(shift);
        }
    }
}
