package dev.polychron.nlp.dates;

import com.ibm.icu.impl.CalendarAstronomer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The days of India's festivals, reckoned as the Hindu calendars do: lunar months from new moon to new moon (amanta),
 * each named by the sidereal sign the Sun is in when it begins (a month that begins and ends in one sign is a leap
 * month and holds no festival); a lunar day (tithi) is each twelve degrees the Moon gains on the Sun, and a festival
 * falls on the civil day whose hour of observance (sunrise, unless the festival is kept in the evening or at night)
 * lies in its tithi. Sun and Moon come from ICU's astronomer, the sidereal zodiac by the Lahiri ayanamsa, and times by
 * Indian Standard Time with sunrise at Ujjain. No library computes these calendars; published almanacs may differ by a
 * day where a tithi changes close to the hour that decides it.
 */
final class HinduCalendar {

    static final List<String> MONTHS = List.of("chaitra", "vaishakha", "jyeshtha", "ashadha", "shravana",
            "bhadrapada", "ashvin", "kartika", "margashirsha", "pausha", "magha", "phalguna");
    private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);
    private static final double TITHI = 2 * Math.PI / 30;
    /** The Lahiri ayanamsa at J2000 and its yearly growth, in degrees. */
    private static final double AYANAMSA_2000 = 23.853;
    private static final double AYANAMSA_PER_YEAR = 50.29 / 3600;
    private static final double UJJAIN_LATITUDE = Math.toRadians(23.18);
    private static final double UJJAIN_LONGITUDE = 75.77;
    /** The Sun's centre is this far below the horizon at sunrise (refraction and its radius). */
    private static final double SUNRISE_ALTITUDE = Math.toRadians(-0.833);
    private static final LocalTime SUNSET = LocalTime.of(18, 0);

    private HinduCalendar() {
    }

    /**
     * The first civil day in {@code year} on which lunar day {@code tithi} (1–15 waxing, 16–30 waning) of amanta month
     * {@code month} (0 = Chaitra) holds at {@code hour} (empty: sunrise), or the next one after it when the year holds
     * none (a month that falls at the turn of the year may be missing from one).
     */
    static LocalDate lunarDay(int year, int month, int tithi, Optional<LocalTime> hour) {
        CalendarAstronomer astronomer = new CalendarAstronomer(millis(LocalDate.of(year - 1, 11, 1), LocalTime.NOON));
        long newMoon = astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true);
        for (int lunation = 0; lunation < 16; lunation++) {
            astronomer.setTime(newMoon + CalendarAstronomer.DAY_MS);
            long nextNewMoon = astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true);
            int sign = siderealSign(newMoon);
            if (sign != siderealSign(nextNewMoon) && (sign + 1) % 12 == month) {
                LocalDate day = dayOfTithi(newMoon, nextNewMoon, tithi, hour);
                if (day.getYear() >= year) {
                    return day;
                }
            }
            newMoon = nextNewMoon;
        }
        throw new IllegalStateException("no month " + MONTHS.get(month) + " in " + year);
    }

    /**
     * The civil day in {@code year} on which the Sun enters sidereal sign {@code sign} (0 = Aries), or the next day
     * when it enters after sunset.
     */
    static LocalDate sankranti(int year, int sign) {
        double tropical = Math.toRadians(sign * 30 + ayanamsa(year + 0.5));
        CalendarAstronomer astronomer = new CalendarAstronomer(millis(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT));
        long entry = astronomer.getSunTime(tropical, true);
        var local = Instant.ofEpochMilli(entry).atOffset(INDIA);
        return local.toLocalTime().isBefore(SUNSET) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    private static LocalDate dayOfTithi(long newMoon, long nextNewMoon, int tithi, Optional<LocalTime> hour) {
        LocalDate last = Instant.ofEpochMilli(nextNewMoon).atOffset(INDIA).toLocalDate();
        for (LocalDate day = Instant.ofEpochMilli(newMoon).atOffset(INDIA).toLocalDate(); !day.isAfter(last);
             day = day.plusDays(1)) {
            LocalDate civil = day;
            long observed = hour.map(time -> millis(civil, time)).orElseGet(() -> sunrise(civil));
            if (observed >= newMoon && observed < nextNewMoon && tithiAt(observed) == tithi) {
                return day;
            }
        }
        // a tithi that holds at no hour of observance: the day it begins
        CalendarAstronomer astronomer = new CalendarAstronomer(newMoon);
        return Instant.ofEpochMilli(astronomer.getMoonTime((tithi - 1) * TITHI, true)).atOffset(INDIA)
                .toLocalDate();
    }

    private static int tithiAt(long millis) {
        double age = new CalendarAstronomer(millis).getMoonAge();
        return (int) (normalised(age) / TITHI) + 1;
    }

    private static int siderealSign(long millis) {
        double tropical = Math.toDegrees(new CalendarAstronomer(millis).getSunLongitude());
        double years = (millis - millis(LocalDate.of(2000, 1, 1), LocalTime.NOON)) / (365.25 * CalendarAstronomer.DAY_MS);
        double sidereal = tropical - ayanamsa(2000 + years);
        return (int) (((sidereal % 360) + 360) % 360 / 30);
    }

    private static double ayanamsa(double year) {
        return AYANAMSA_2000 + (year - 2000) * AYANAMSA_PER_YEAR;
    }

    /** Sunrise at Ujjain by the usual approximations of the Sun's declination and the equation of time. */
    private static long sunrise(LocalDate day) {
        double b = 2 * Math.PI * (day.getDayOfYear() - 81) / 364;
        double equationOfTimeMinutes = 9.87 * Math.sin(2 * b) - 7.53 * Math.cos(b) - 1.5 * Math.sin(b);
        double declination = Math.toRadians(-23.44 * Math.cos(2 * Math.PI * (day.getDayOfYear() + 10) / 365));
        double hourAngle = Math.toDegrees(Math.acos((Math.sin(SUNRISE_ALTITUDE)
                - Math.sin(UJJAIN_LATITUDE) * Math.sin(declination))
                / (Math.cos(UJJAIN_LATITUDE) * Math.cos(declination))));
        double noonUtcMinutes = 720 - 4 * UJJAIN_LONGITUDE - equationOfTimeMinutes;
        long minutes = Math.round(noonUtcMinutes - 4 * hourAngle);
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
