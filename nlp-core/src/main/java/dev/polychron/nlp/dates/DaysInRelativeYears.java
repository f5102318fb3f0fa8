package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A day or month written without its year beside a year named in words: "去年8月19日", "on 3 May last year", "τον
 * Μάρτιο πέρσι", "tháng 6 năm nay", "去年の5月", or beside a count of years from the reference, "March in 1 year". The
 * two are one mention, in the named year.
 */
final class DaysInRelativeYears {

    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\p{N}{3}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int YEAR_DIGITS = 4;
    /**
     * Between the two: "of", "de", "del", "do", "di", "του", "の", Italian and French elided "dell'", "de l'" ("il 1º
     * gennaio dell'anno prossimo"), or Czech "v" and Romanian "în" (in): "loni v březnu", or the Greek article or
     * "στις" (on) of the day after its year: "πέρυσι τον Μάιο", "Πέρυσι, στις 27 Σεπτεμβρίου".
     */
    private static final Pattern GAP = Pattern.compile(
            "(?U)\\s*,?\\s*(?:(?:of|de|del|do|di|του|της|στις|στην|στη|τον|την|τη|v|ve|in)\\s+|(?:dell|de\\s+l)['’]"
                    + "|の\\s*)?");

    private DaysInRelativeYears() {
    }

    /** Whether {@code between} (lower case) joins the two mentions around it: "June that year", "May of 2014". */
    static boolean isGap(String between) {
        return GAP.matcher(between).matches();
    }

    /**
     * {@code sorted} with each yearless day or month and the named year beside it joined into one mention; a day in
     * words joins when {@code namesItsMonth} finds its month named in it ("primo gennaio dell'anno prossimo").
     */
    static List<DateMention> join(String text, String folded, List<DateMention> sorted, LocalDate reference,
                                  Predicate<String> namesItsMonth) {
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention first = sorted.get(i);
            DateMention second = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (second != null && GAP.matcher(folded.substring(first.end(), second.start())).matches()
                    && (joins(first, second, reference, namesItsMonth)
                    || joins(second, first, reference, namesItsMonth))) {
                DateMention day = joins(first, second, reference, namesItsMonth) ? second : first;
                DateMention year = day == first ? second : first;
                joined.add(new DateMention(text.substring(first.start(), second.end()), first.start(), second.end(),
                        year.value().substring(0, YEAR_DIGITS) + day.value().substring(YEAR_DIGITS), day.granularity(),
                        day.modifier(), null, day.inReferences()));
                i++;
            } else {
                joined.add(first);
            }
        }
        return joined;
    }

    /**
     * Whether {@code day} takes the year of {@code year}: a year named in words, or for a month a day a whole number of
     * years from the reference ("March in 1 year"; a day of its own, "7 months ago", would lose its months).
     */
    private static boolean joins(DateMention year, DateMention day, LocalDate reference,
                                 Predicate<String> namesItsMonth) {
        return isYearless(day, namesItsMonth) && (isNamedYear(year)
                || day.granularity() == Granularity.MONTH && isYearsFrom(year, reference));
    }

    private static boolean isNamedYear(DateMention mention) {
        return mention.granularity() == Granularity.YEAR && mention.rangeEnd() == null
                && mention.text().codePoints().noneMatch(Character::isDigit);
    }

    /** A day a whole number of years from the reference: "in 1 year", "two years ago". */
    private static boolean isYearsFrom(DateMention mention, LocalDate reference) {
        if (mention.granularity() != Granularity.DAY || mention.rangeEnd() != null
                || !DAY.matcher(mention.value()).matches()) {
            return false;
        }
        LocalDate day = LocalDate.parse(mention.value());
        return day.getYear() != reference.getYear() && MonthDay.from(day).equals(MonthDay.from(reference));
    }

    /**
     * A month or a quarter ("지난해 4분기"), or a day written with its number or with its month's name as
     * {@code namesItsMonth} tells ("cuatro de mayo"), and no year: a named day ("Easter", "Monday") moves within the
     * year, so it cannot take another year's number.
     */
    static boolean isYearless(DateMention mention, Predicate<String> namesItsMonth) {
        return mention.rangeEnd() == null && !WRITTEN_YEAR.matcher(mention.text()).find()
                && (mention.granularity() == Granularity.MONTH || mention.granularity() == Granularity.QUARTER
                || mention.granularity() == Granularity.DAY
                && (mention.text().codePoints().anyMatch(Character::isDigit) || namesItsMonth.test(mention.text())));
    }
}
