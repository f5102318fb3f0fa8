package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A weekday named alone ("on Monday", "am Montag", "le lundi", "月曜日"): the day of that name nearest the reference,
 * within three days before or after it, as a news report means it. Full names from CLDR, in the languages where none
 * is an everyday word too (Greek "Τρίτη" is also "third", Vietnamese "thứ hai" also "second", Russian "среда" also
 * "environment", Turkish "pazar" also "market"); never when a date follows, which dates the day itself ("Monday,
 * 1 April 2014").
 */
final class Weekdays {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
            "pl", "cs", "sk", "ca", "ro", "hu", "fi", "hr", "sl", "uk", "bg", "ja", "zh", "ko");
    private static final Set<String> UNSPACED = Set.of("ja", "zh", "ko");
    private static final Map<String, DayOfWeek> VIETNAMESE_NUMBERED = Map.of("thu 2", DayOfWeek.MONDAY,
            "thu 3", DayOfWeek.TUESDAY, "thu 4", DayOfWeek.WEDNESDAY, "thu 5", DayOfWeek.THURSDAY,
            "thu 6", DayOfWeek.FRIDAY, "thu 7", DayOfWeek.SATURDAY);
    private static final int[] ICU_DAYS = {Calendar.SUNDAY, Calendar.MONDAY, Calendar.TUESDAY, Calendar.WEDNESDAY,
            Calendar.THURSDAY, Calendar.FRIDAY, Calendar.SATURDAY};
    private static final DayOfWeek[] DAYS = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};

    private Weekdays() {
    }

    /** The rule for a weekday alone, or none in a language left out. */
    static Optional<DateRule> rule(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (!LANGUAGES.contains(locale.getLanguage())) {
            return Optional.empty();
        }
        Map<String, DayOfWeek> names = names(locale);
        String alternation = Alternation.of(names.keySet());
        boolean unspaced = UNSPACED.contains(locale.getLanguage());
        String regex = (unspaced ? "" : "\\b") + "(?<weekday>" + alternation + ")" + (unspaced ? "" : "\\b")
                + "(?!\\W{0,3}(?:\\p{L}{1,4}\\W{1,2})?(?:\\p{N}|(?:" + months.alternation() + ")\\b))";
        return Optional.of(DateRule.of(unspaced ? Start.ANYWHERE : Start.words(names.keySet()), regex,
                (m, reference) -> Optional.of(ResolvedDate.of(nearest(names.get(m.group("weekday")),
                        reference.toLocalDate()).toString(), Granularity.DAY))));
    }

    /**
     * CLDR's full names of the days of the week, format and stand-alone, folded; in Vietnamese also the numbered
     * names "thứ 2" to "thứ 7", as common as the spelled ones CLDR gives.
     */
    static Map<String, DayOfWeek> names(ULocale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Map<String, DayOfWeek> names = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] wide = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
            for (int i = 0; i < ICU_DAYS.length; i++) {
                names.putIfAbsent(TextFolding.fold(wide[ICU_DAYS[i]]), DAYS[i]);
            }
        }
        if (locale.getLanguage().equals("vi")) {
            names.putAll(VIETNAMESE_NUMBERED);
        }
        return names;
    }

    /** The day of the week {@code day} among the three days before {@code reference}, it, and the three after. */
    static LocalDate nearest(DayOfWeek day, LocalDate reference) {
        int ahead = Math.floorMod(day.getValue() - reference.getDayOfWeek().getValue(), 7);
        return ahead <= 3 ? reference.plusDays(ahead) : reference.minusDays(7 - ahead);
    }
}
