package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.Span;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, month or quarter ("in Q4") written without its year is in the reference's year ({@link ReferenceYear}) unless
 * the tense told right beside it ({@link ClauseTense#beside}) puts it on the other side of the reference: "the minister
 * said on 30 December" in an article of 10 January is the last December's, "the law will take effect on 1 January" in
 * one of November the coming one. A day less than a week on the other side stays, as the reference may be a few days
 * off the writing; a month or quarter moves once it is another one. Where a number that reads as a year far from the
 * reference stands shortly before, and no date after it, the text may tell of that time ("Lincoln was elected in 1860
 * and was shot on April 14"; {@link YearsToldBefore} may take its year), so nothing moves (nor, to be safe, after "2500
 * troops"); nor do ranges of days, whose ends the rules read in one year. A day written without its month ({@link
 * DaysWithoutMonth}) moves a month the same way, with a day of slack: "the minister said on the 28th" in an article of
 * the 3rd is the last month's.
 */
final class TensedYears {

    private static final int SLACK_DAYS = 7;
    /** A week would be a quarter of a month: a day without its month is trusted to a day. */
    private static final int SLACK_DAYS_IN_A_MONTH = 1;
    /**
     * How far back a written date makes the text tell of its own time, here and in {@link MonthsToldBefore} and
     * {@link YearsToldBefore}: about a paragraph.
     */
    static final int PARAGRAPH_REACH = 300;
    /** A value that starts with its year: "1962", "1962-08", "1962-SP". */
    static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}(?:-.*)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}.,/:-])[12][0-9]{3}(?![\\p{N}])");
    /** The most years a 29 February looks ahead or back for a leap year. */
    private static final int LEAP_CYCLE = 8;
    /** The most months a day without its month looks ahead or back: two months in a row never both lack a 31st. */
    private static final int MONTHS_A_DAY_LOOKS = 2;
    /** The months of a year's start, middle or end. */
    private static final int MONTHS_IN_A_PART = 4;

    private final ClauseTense tense;

    private TensedYears(ClauseTense tense) {
        this.tense = tense;
    }

    /** Whether {@code text} goes from {@code from} to {@code to} within one paragraph: no line break, within reach. */
    static boolean inOneParagraph(String text, int from, int to) {
        return to - from <= PARAGRAPH_REACH && text.substring(from, to).indexOf('\n') < 0;
    }

    static TensedYears of(ClauseTense tense) {
        return new TensedYears(tense);
    }

    /**
     * The mentions, those at {@code taken} spans (a date whose year, or month and year, the reference gave) moved a
     * year, or a month, where the tense beside them says so, or else where {@code preference} looks one way: then a
     * day without its year moves only once it is in another month, as a month does, and a day without its month
     * once it is on the other side of the reference.
     */
    List<DateMention> resolve(String text, List<DateMention> mentions, Map<Span, ResolvedDate.Taken> taken,
                              LocalDate reference, DatePreference preference) {
        if (taken.isEmpty() || tense == null && preference == DatePreference.NEAREST) {
            return mentions;
        }
        return mentions.stream().map(mention -> {
            ResolvedDate.Taken what = taken.get(new Span(mention.start(), mention.end()));
            return what != null && what != ResolvedDate.Taken.AFTER_TOLD && mention.rangeEnd() == null
                    && !farYearBefore(text, toldBefore(mentions, mention), mention.start(), reference)
                    ? inTense(text, mention, what, reference, preference) : mention;
        }).toList();
    }

    private DateMention inTense(String text, DateMention mention, ResolvedDate.Taken taken, LocalDate reference,
                                DatePreference preference) {
        ClauseTense.Tense told = tense == null ? ClauseTense.Tense.NONE
                : mention.granularity() == Granularity.YEAR
                ? tense.reportedRightAfter(text, mention.start(), mention.end())
                        .orElseGet(() -> tense.beside(text, mention.start(), mention.end()))
                : tense.beside(text, mention.start(), mention.end());
        ClauseTense.Tense said = told != ClauseTense.Tense.NONE ? told : preference.tense();
        if (said == ClauseTense.Tense.NONE) {
            return mention;
        }
        boolean past = said == ClauseTense.Tense.PAST;
        String value;
        if (mention.granularity() == Granularity.YEAR) {
            value = partOfYear(mention, reference, past);
        } else if (mention.granularity() == Granularity.MONTH) {
            value = month(mention.value(), reference, past);
        } else if (mention.granularity() == Granularity.QUARTER) {
            value = quarter(mention.value(), reference, past);
        } else {
            int slack = taken == ResolvedDate.Taken.MONTH ? SLACK_DAYS_IN_A_MONTH : SLACK_DAYS;
            LocalDate limit = told != ClauseTense.Tense.NONE ? reference.plusDays(past ? slack : -slack)
                    : taken == ResolvedDate.Taken.MONTH ? reference
                    : past ? reference.with(TemporalAdjusters.lastDayOfMonth()) : reference.withDayOfMonth(1);
            value = taken == ResolvedDate.Taken.MONTH ? dayOfMonth(mention.value(), limit, past)
                    : day(mention.value(), reference.getYear(), limit, past);
        }
        return value.equals(mention.value()) ? mention : new DateMention(mention.text(), mention.start(),
                mention.end(), value, mention.granularity(), mention.modifier(), null, mention.inReferences());
    }

    /**
     * A part of the year said without its number ("cuối năm", "στις αρχές του χρόνου"): the next year's where the
     * future is told and the part is over (its four months), the last year's where the past is told and the part is
     * still to come. Right after a word of attribution, the tense is the reported clause's ({@link
     * ClauseTense#reportedRightAfter}).
     */
    private static String partOfYear(DateMention mention, LocalDate reference, boolean past) {
        if (mention.modifier() == null || mention.modifier() == Modifier.APPROX) {
            return mention.value();
        }
        int first = switch (mention.modifier()) {
            case START -> 1;
            case MID -> 1 + MONTHS_IN_A_PART;
            default -> 1 + 2 * MONTHS_IN_A_PART;
        };
        int month = reference.getMonthValue();
        int year = Integer.parseInt(mention.value());
        return String.format("%04d", past && first > month ? year - 1
                : !past && first + MONTHS_IN_A_PART <= month ? year + 1 : year);
    }

    private static String month(String value, LocalDate reference, boolean past) {
        YearMonth month = YearMonth.parse(value);
        YearMonth now = YearMonth.from(reference);
        return (past ? month.isAfter(now) : month.isBefore(now)) ? month.plusYears(past ? -1 : 1).toString() : value;
    }

    /** A quarter ("2015-Q4") a year back where it is after the reference's and the tense is past, or ahead. */
    private static String quarter(String value, LocalDate reference, boolean past) {
        int year = Integer.parseInt(value.substring(0, 4));
        int quarter = Integer.parseInt(value.substring(value.length() - 1));
        int now = reference.get(IsoFields.QUARTER_OF_YEAR);
        boolean moves = past ? quarter > now : quarter < now;
        return moves ? (year + (past ? -1 : 1)) + value.substring(4) : value;
    }

    /** The last day of that month and day not after {@code limit}, or the first not before it. */
    private static String day(String value, int referenceYear, LocalDate limit, boolean past) {
        LocalDate day = LocalDate.parse(value);
        if (onItsSide(day, limit, past)) {
            return value;
        }
        MonthDay monthDay = MonthDay.from(day);
        for (int years = 1; years <= LEAP_CYCLE; years++) {
            int year = referenceYear + (past ? -years : years);
            if (monthDay.isValidYear(year) && onItsSide(monthDay.atYear(year), limit, past)) {
                return monthDay.atYear(year).toString();
            }
        }
        return value;
    }

    /** That day of the last month not after {@code limit} that has it, or of the first not before it. */
    private static String dayOfMonth(String value, LocalDate limit, boolean past) {
        LocalDate day = LocalDate.parse(value);
        YearMonth month = YearMonth.from(day);
        for (int months = 0; months <= MONTHS_A_DAY_LOOKS; months++) {
            YearMonth candidate = month.plusMonths(past ? -months : months);
            if (candidate.isValidDay(day.getDayOfMonth())
                    && onItsSide(candidate.atDay(day.getDayOfMonth()), limit, past)) {
                return candidate.atDay(day.getDayOfMonth()).toString();
            }
        }
        return value;
    }

    private static boolean onItsSide(LocalDate day, LocalDate limit, boolean past) {
        return past ? !day.isAfter(limit) : !day.isBefore(limit);
    }

    /** Where the last mention before {@code mention} starts, or 0. */
    private static int toldBefore(List<DateMention> mentions, DateMention mention) {
        int start = 0;
        for (DateMention other : mentions) {
            if (other.end() <= mention.start() && other.start() > start) {
                start = other.start();
            }
        }
        return start;
    }

    /**
     * Whether a number that reads as a year more than one from the reference's stands in the paragraph before, from
     * the date told last on ({@code from}): a date told after a far year brings the text back to its own time ("since
     * 1909. … spending for fiscal 2018, which began Oct. 1" is last October).
     */
    private static boolean farYearBefore(String text, int from, int start, LocalDate reference) {
        Matcher year = YEAR.matcher(text).region(Math.max(from, start - PARAGRAPH_REACH), start);
        while (year.find()) {
            if (Math.abs(Integer.parseInt(year.group()) - reference.getYear()) > 1) {
                return true;
            }
        }
        return false;
    }
}
