package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates written with digits and a month's name between dashes or slashes, as forms and logs write them: "31-Oct-74",
 * "01/aug/2019", "2019-aug-01", "2015-кві-12", "Sep-23-2020"; a day written against its month, "14april 2015"; a
 * two-digit year after a month's name, "31 octobre 74", "14th April 15", "April of 87"; and
 * where CLDR's long dates put the year first, the year before a month and day or a month alone: Hungarian "2014.
 * április 1-jén", "2014. áprilisában". Month names are CLDR's ({@link MonthNames}); the separator must be the same
 * on both sides.
 */
final class MonthNameNumericDates {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}.,/:-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}]|[.,/:-]\\p{N})";
    private static final String SEPARATOR = "(?<sep>[-/])";
    private static final String TWO_OR_FOUR_DIGIT_YEAR = "(?<year>[12]\\d{3}|\\d{2})";

    private MonthNameNumericDates() {
    }

    static List<DateRule> rules(String language) {
        MonthNames months = MonthNames.of(language);
        String month = "(?<month>" + months.alternation() + ")\\.?";
        // a day against its month's name is a number of its own unless the name opens with a digit (Japanese "1月")
        Start dayBeforeName = months.forms().stream()
                .anyMatch(form -> !form.isEmpty() && Start.isAsciiDigit(form.charAt(0))) ? Start.DIGIT : Start.DAY;
        List<DateRule> rules = new ArrayList<>(List.of(
                DateRule.of(Start.DAY, BEFORE + RuleBasedDateExtractor.DAY + SEPARATOR + month + "\\k<sep>"
                        + TWO_OR_FOUR_DIGIT_YEAR + AFTER, (m, reference) -> date(m, months, reference)),
                DateRule.of(Start.FOUR_DIGITS, BEFORE + RuleBasedDateExtractor.YEAR + SEPARATOR + month + "\\k<sep>"
                        + RuleBasedDateExtractor.DAY + AFTER, (m, reference) -> date(m, months, reference)),
                DateRule.of(Start.words(months.forms()), BEFORE + month + SEPARATOR + RuleBasedDateExtractor.DAY
                        + "\\k<sep>" + RuleBasedDateExtractor.YEAR + AFTER,
                        (m, reference) -> date(m, months, reference)),
                DateRule.of(dayBeforeName, BEFORE + RuleBasedDateExtractor.DAY + month + "\\s+"
                        + RuleBasedDateExtractor.YEAR + AFTER, (m, reference) -> date(m, months, reference))));
        // a two-digit year closes its clause, else it is a count: "31 octobre 74." but not "31 octobre 74 personnes"
        String shortYear = "(?<year>\\d{2})" + DaysWithoutMonth.CLAUSE_END;
        rules.add(DateRule.of(Start.DAY, BEFORE + RuleBasedDateExtractor.DAY + RuleBasedDateExtractor.ORDINAL_SUFFIX
                + "\\s+" + RuleBasedDateExtractor.DAY_OF_MONTH + month + "\\s+(?:of\\s+|de\\s+)?'?" + shortYear,
                (m, reference) -> date(m, months, reference)));
        // the month alone before a two-digit year that cannot be its day: "April of 87", "July '98", "juillet 98"
        String yearAfterMonth = dayBeforeMonth(ULocale.forLanguageTag(language)) ? "(?:of\\s+)?'?" : "(?:of\\s+'?|')";
        rules.add(DateRule.of(Start.words(months.forms()), "(?<![\\p{L}\\p{N}])" + month + "\\s+" + yearAfterMonth
                + shortYear, (m, reference) -> Optional.of(ResolvedDate.of(YearMonth.of(
                        NumericDateRules.twoDigitYear(m, reference), months.number(m.group("month"))).toString(),
                        Granularity.MONTH))));
        if (yearFirst(ULocale.forLanguageTag(language))) {
            String yearAndMonth = BEFORE + RuleBasedDateExtractor.YEAR + "\\.?\\s+" + month;
            rules.add(DateRule.of(Start.DIGIT, yearAndMonth + "\\s+" + RuleBasedDateExtractor.DAY
                    + RuleBasedDateExtractor.ORDINAL_SUFFIX + "(?!\\p{N})", (m, reference) -> date(m, months, reference)));
            // the month may carry a case ending: "áprilisában"
            rules.add(DateRule.of(Start.DIGIT, yearAndMonth + "\\p{L}*(?!\\p{N}|\\s*\\p{N})",
                    (m, reference) -> Optional.of(ResolvedDate.of(YearMonth.of(Integer.parseInt(m.group("year")),
                            months.number(m.group("month"))).toString(), Granularity.MONTH))));
        }
        return rules;
    }

    /** Whether the locale's long date pattern writes the day before the month's name ("d MMMM y"). */
    private static boolean dayBeforeMonth(ULocale locale) {
        return DateFormat.getDateInstance(DateFormat.LONG, locale) instanceof SimpleDateFormat simple
                && simple.toPattern().replaceAll("'[^']*'", "").matches("[^M]*d[^M]*M{3,}.*");
    }

    /** Whether the locale's long date pattern writes the year, then the month's name ("y. MMMM d."). */
    private static boolean yearFirst(ULocale locale) {
        return DateFormat.getDateInstance(DateFormat.LONG, locale) instanceof SimpleDateFormat simple
                && simple.toPattern().replaceAll("'[^']*'", "").matches("\\s*y+[^dM]*M{3,}.*");
    }

    private static Optional<ResolvedDate> date(Matcher m, MonthNames months, LocalDateTime reference) {
        int year = m.group("year").length() == 2 ? NumericDateRules.twoDigitYear(m, reference)
                : Integer.parseInt(m.group("year"));
        try {
            return Optional.of(ResolvedDate.of(LocalDate.of(year, months.number(m.group("month")),
                    Integer.parseInt(m.group("day"))).toString(), Granularity.DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
