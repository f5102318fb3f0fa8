package dev.polychron.nlp.dates;

import com.ibm.icu.impl.CalendarAstronomer;
import dev.polychron.nlp.text.BoundedMemo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The days of India's festivals, reckoned as the Hindu calendars do: lunar months from new moon to new moon (amanta),
 * each named by the sidereal sign the Sun is in when it begins (a month that begins and ends in one sign is a leap
 * month and holds no festival); a lunar day (tithi) is each twelve degrees the Moon gains on the Sun, and a festival
 * falls on the civil day whose hour of observance (sunrise, unless the festival is kept in the evening or at night)
 * lies in its tithi. Sun and Moon come from ICU's astronomer ({@code com.ibm.icu.impl}: ICU's own, not a public
 * API, so an ICU upgrade is checked by this class's tests), the sidereal zodiac by the Lahiri ayanamsa, and times by
 * Indian Standard Time with sunrise and sunset at Ujjain. No library computes these calendars. Published almanacs may
 * differ by a day where a tithi changes close to the hour that decides it, or where they apply rules not modelled
 * here (Holi after a Bhadra-free full moon evening; two candidate evenings weighed over the whole dusk).
 */
final class HinduCalendar {

    static final List<String> MONTHS = List.of("chaitra", "vaishakha", "jyeshtha", "ashadha", "shravana",
            "bhadrapada", "ashvin", "kartika", "margashirsha", "pausha", "magha", "phalguna");
    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);
    private static final double TITHI = 2 * Math.PI / 30;
    /** The Lahiri ayanamsa at J2000 and its yearly growth, in degrees. */
    private static final double AYANAMSA_2000 = 23.853;
    private static final double AYANAMSA_PER_YEAR = 50.29 / 3600;
    private static final long J2000 = LocalDate.of(2000, 1, 1).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final double UJJAIN_LATITUDE = Math.toRadians(23.18);
    private static final double UJJAIN_LONGITUDE = 75.77;
    /** The Sun's centre is this far below the horizon at sunrise and sunset (refraction and its radius). */
    private static final double SUNRISE_ALTITUDE = Math.toRadians(-0.833);
    /** How long a festival kept at an hour is observed from it (the evening's pradosh lasts about that long). */
    private static final long OBSERVANCE_MILLIS = 2 * CalendarAstronomer.HOUR_MS;
    /** More than a year of lunations, so that a month is found even after a leap month. */
    private static final int MAX_LUNATIONS = 40;
    private static final BoundedMemo<LunarDay, LocalDate> LUNAR_DAYS = new BoundedMemo<>(HinduCalendar::compute, 4096);

    private HinduCalendar() {
    }

    /**
     * The first civil day in {@code year} on which lunar day {@code tithi} (1–15 waxing, 16–30 waning) of amanta
     * month {@code month} (0 = Chaitra) holds at {@code hour} (empty: sunrise), or the first after the year when it
     * holds none (a month that falls at the turn of the year may be missing from one).
     */
    static LocalDate lunarDay(int year, int month, int tithi, Optional<LocalTime> hour) {
        return LUNAR_DAYS.apply(new LunarDay(year, month, tithi, hour));
    }

    /** A festival's lunar day in one year: the key of the remembered results. */
    private record LunarDay(int year, int month, int tithi, Optional<LocalTime> hour) {
    }

    private static LocalDate compute(LunarDay wanted) {
        CalendarAstronomer astronomer = new CalendarAstronomer(
                millis(LocalDate.of(wanted.year() - 1, 11, 1), LocalTime.NOON));
        long newMoon = astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true);
        for (int lunation = 0; lunation < MAX_LUNATIONS; lunation++) {
            astronomer.setTime(newMoon + CalendarAstronomer.DAY_MS);
            long nextNewMoon = astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true);
            int sign = siderealSign(newMoon);
            // signs the Sun enters during this lunation: none makes a leap month, two a month whose successor is lost
            int entered = Math.floorMod(siderealSign(nextNewMoon) - sign, 12);
            boolean named = entered >= 1 && (sign + 1) % 12 == wanted.month()
                    || entered == 2 && (sign + 2) % 12 == wanted.month();
            if (named) {
                LocalDate day = dayOfTithi(newMoon, nextNewMoon, wanted.tithi(), wanted.hour());
                if (day.getYear() >= wanted.year()) {
                    return day;
                }
            }
            newMoon = nextNewMoon;
        }
        throw new IllegalStateException("no month " + MONTHS.get(wanted.month()) + " from " + wanted.year());
    }

    /**
     * The civil day in {@code year} on which the Sun enters sidereal sign {@code sign} (0 = Aries), or with
     * {@code nextAfterSunset} the next day when it enters after sunset (Makar Sankranti).
     */
    static LocalDate sankranti(int year, int sign, boolean nextAfterSunset) {
        double tropical = Math.toRadians(sign * 30 + ayanamsa(year + 0.5));
        CalendarAstronomer astronomer = new CalendarAstronomer(millis(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT));
        long entry = astronomer.getSunTime(tropical, true);
        LocalDate day = Instant.ofEpochMilli(entry).atOffset(INDIA).toLocalDate();
        return nextAfterSunset && entry > sunEvent(day, false) ? day.plusDays(1) : day;
    }

    /**
     * The day in the lunation on which the tithi holds at some time of the festival's two hours of observance (from its
     * hour); failing that (a tithi can begin after one such window and end before the next), at sunrise; failing that,
     * the day it begins.
     */
    private static LocalDate dayOfTithi(long newMoon, long nextNewMoon, int tithi, Optional<LocalTime> hour) {
        Optional<LocalDate> day = hour.flatMap(time -> firstDayHeld(newMoon, nextNewMoon, tithi,
                civil -> millis(civil, time), OBSERVANCE_MILLIS));
        if (day.isEmpty()) {
            day = firstDayHeld(newMoon, nextNewMoon, tithi, civil -> sunEvent(civil, true), 0);
        }
        return day.orElseGet(() -> {
            // from just before the new moon, so that the first tithi is found at the new moon itself
            CalendarAstronomer astronomer = new CalendarAstronomer(newMoon - CalendarAstronomer.HOUR_MS);
            return Instant.ofEpochMilli(astronomer.getMoonTime((tithi - 1) * TITHI, true)).atOffset(INDIA)
                    .toLocalDate();
        });
    }

    /** The first day on which the tithi holds at the start or the end of the window observed from that day on. */
    private static Optional<LocalDate> firstDayHeld(long newMoon, long nextNewMoon, int tithi,
                                                    ToLongFunction<LocalDate> observedFrom, long window) {
        LocalDate last = Instant.ofEpochMilli(nextNewMoon).atOffset(INDIA).toLocalDate();
        for (LocalDate day = Instant.ofEpochMilli(newMoon).atOffset(INDIA).toLocalDate(); !day.isAfter(last);
             day = day.plusDays(1)) {
            long from = observedFrom.applyAsLong(day);
            if (heldAt(from, newMoon, nextNewMoon, tithi) || heldAt(from + window, newMoon, nextNewMoon, tithi)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static boolean heldAt(long millis, long newMoon, long nextNewMoon, int tithi) {
        return millis >= newMoon && millis < nextNewMoon && tithiAt(millis) == tithi;
    }

    private static int tithiAt(long millis) {
        double age = new CalendarAstronomer(millis).getMoonAge();
        return (int) (normalised(age) / TITHI) + 1;
    }

    private static int siderealSign(long millis) {
        double tropical = Math.toDegrees(new CalendarAstronomer(millis).getSunLongitude());
        double years = (millis - J2000) / (365.25 * CalendarAstronomer.DAY_MS);
        double sidereal = tropical - ayanamsa(2000 + years);
        return (int) (((sidereal % 360) + 360) % 360 / 30);
    }

    private static double ayanamsa(double year) {
        return AYANAMSA_2000 + (year - 2000) * AYANAMSA_PER_YEAR;
    }

    /** Sunrise (or sunset) at Ujjain by the usual approximations of the Sun's declination and the equation of time. */
    private static long sunEvent(LocalDate day, boolean rise) {
        double b = 2 * Math.PI * (day.getDayOfYear() - 81) / 364;
        double equationOfTimeMinutes = 9.87 * Math.sin(2 * b) - 7.53 * Math.cos(b) - 1.5 * Math.sin(b);
        double declination = Math.toRadians(-23.44 * Math.cos(2 * Math.PI * (day.getDayOfYear() + 10) / 365));
        double hourAngle = Math.toDegrees(Math.acos((Math.sin(SUNRISE_ALTITUDE)
                - Math.sin(UJJAIN_LATITUDE) * Math.sin(declination))
                / (Math.cos(UJJAIN_LATITUDE) * Math.cos(declination))));
        double noonUtcMinutes = 720 - 4 * UJJAIN_LONGITUDE - equationOfTimeMinutes;
        long minutes = Math.round(noonUtcMinutes + (rise ? -4 : 4) * hourAngle);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(minutes, ChronoUnit.MINUTES).toEpochMilli();
    }

    private static long millis(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(INDIA).toEpochMilli();
    }

    private static double normalised(double radians) {
        double turn = 2 * Math.PI;
        return ((radians % turn) + turn) % turn;
    }
}
