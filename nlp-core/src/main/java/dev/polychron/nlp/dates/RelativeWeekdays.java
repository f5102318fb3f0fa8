package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A weekday with a word for "next", "last", "this" or "after next" that CLDR's relative formats leave out:
 * "περασμένη Τρίτη", "thứ sáu tới", "thứ ba vừa rồi", "这周三", "übernächsten Freitag", "mardi suivant", "lundi en
 * huit", "następny pon.", "jövő csütörtökön". The words are ours ({@code weekday-words.tsv}), the weekday names and
 * abbreviations CLDR's; the next one is the first after the reference, the last one the first before it, this one
 * the one in the reference's week; a count of weeks ("1w") is the one in that week after the reference's, a count of
 * days ("7d") the first that many days or more after it.
 */
final class RelativeWeekdays {

    /** Not where 上 or 下 belongs to the word before it (see {@link RelativeDates#HAN_COMPOUND_HEADS}). */
    private static final String NOT_IN_A_COMPOUND = "(?<![" + RelativeDates.HAN_COMPOUND_HEADS + "])";
    private static final List<String[]> WORDS = DataFiles.lines(RelativeWeekdays.class, "weekday-words.tsv")
            .stream().map(line -> line.split("\t")).toList();

    private RelativeWeekdays() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")" + Weekdays.ending(locale)
                + Weekdays.notAnotherWord(locale);
        boolean nextWeek = RelativeDates.NEXT_WEEK_LANGUAGES.contains(locale.getLanguage());
        // Korean ends the weekday with a particle against it: "저번 금요일에"
        List<String> particles = RelativeDates.particles(language);
        String wordEnd = particles.isEmpty() ? "(?![\\p{L}\\p{N}])"
                : "(?=(?:" + Alternation.of(particles) + ")?(?![\\p{L}\\p{N}]))";
        List<DateRule> rules = new ArrayList<>();
        for (String[] columns : WORDS) {
            if (!columns[0].equals(locale.getLanguage())) {
                continue;
            }
            Map<String, Shift> directions = new HashMap<>();
            for (String word : columns[3].split("\\|")) {
                directions.put(TextFolding.fold(word), shift(columns[1], nextWeek));
            }
            String word = "(?<word>" + Alternation.of(directions.keySet()) + ")";
            boolean before = columns[2].equals("before");
            boolean unspaced = DateRanges.UNSPACED.contains(locale.getLanguage());
            String space = unspaced ? "\\s*" : "\\s+";
            String regex = (unspaced ? NOT_IN_A_COMPOUND : "(?<![\\p{L}\\p{N}])")
                    + (before ? word + space + weekday + "(?!" + dateAfter(locale.getLanguage()) + ")"
                            : weekday + space + word)
                    + (unspaced ? "" : wordEnd);
            // no space marks where a word starts in "我们下週二开会"
            Start start = unspaced ? Start.ANYWHERE
                    : before ? Start.words(directions.keySet()) : Start.words(weekdays.keySet());
            rules.add(DateRule.of(start, regex,
                    (m, reference) -> Optional.of(ResolvedDate.of(directions.get(m.group("word"))
                            .apply(reference.toLocalDate(), weekdays.get(m.group("weekday"))).toString(),
                            Granularity.DAY))));
        }
        return rules;
    }

    /**
     * A date right after a weekday ("12 de mayo", "12/5"), over folded text: it names the day, whichever week that is
     * in, so a "next" or "last" before the weekday ("el próximo viernes 12 de mayo") is left to it.
     */
    static String dateAfter(String language) {
        return ",?\\s+\\d{1,2}(?:/\\d|\\.?\\s+(?:de\\s+)?(?:" + MonthNames.of(language).alternation() + ")(?!\\p{L}))";
    }

    /** How a word moves from the reference's day to the weekday it names. */
    private interface Shift {

        LocalDate apply(LocalDate today, DayOfWeek day);
    }

    /** The shift a direction of {@code weekday-words.tsv} names: 1, -1, 0, 2 or more, a count of weeks or days. */
    private static Shift shift(String direction, boolean nextWeek) {
        int n = Integer.parseInt(direction.replaceFirst("[dw]$", ""));
        if (direction.endsWith("d")) {
            return (today, day) -> today.plusDays(n).with(TemporalAdjusters.nextOrSame(day));
        }
        if (direction.endsWith("w") || n == 0) {
            return (today, day) -> today.plusWeeks(n).with(ChronoField.DAY_OF_WEEK, day.getValue());
        }
        if (n > 1) {
            return (today, day) -> afterNext(today, day, n, nextWeek);
        }
        return n > 0 ? (today, day) -> today.with(TemporalAdjusters.next(day))
                : (today, day) -> today.with(TemporalAdjusters.previous(day));
    }

    /**
     * The weekday {@code direction - 1} weeks after the next one ("übernächsten Freitag", "mittwoch nach dem
     * nächsten"); where "next Friday" is next week's, {@code direction} weeks on ("μεθεπόμενη Παρασκευή").
     */
    private static LocalDate afterNext(LocalDate today, DayOfWeek day, int direction, boolean nextWeek) {
        return nextWeek ? today.plusWeeks(direction).with(ChronoField.DAY_OF_WEEK, day.getValue())
                : today.with(TemporalAdjusters.next(day)).plusWeeks(direction - 1L);
    }
}
