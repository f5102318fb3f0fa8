package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.Span;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written without its month ({@link DaysWithoutMonth}: "le 21", "on the 21st") is in the month of the date told
 * shortly before it, where that date names one: "Le 15 mars 2010, il est parti. Il est revenu le 21." is 21 March
 * 2010, not the 21st of the reference's month; a day before the told one is in the month after it ("on 28 May … on
 * the 3rd" is 3 June). It comes after the tense has moved the told date ({@link TensedYears}), and never puts in the
 * future a day the tense or the reference kept in the past ("On 5 March the board met. The vote took place on the
 * 28th", read on 18 March, stays 28 February). Where the date before names no month ("in 2012"), or none stands
 * within about a paragraph, the month the reference and the tense gave stays. A part of the month said without its
 * name ("Cuối tháng, …", {@link BarePeriodParts}) is the told month's, and no date where none was told, unless its
 * clause looks ahead and no date stands before it in the text: "The deal will close by the end of the month" is the
 * reference's month.
 */
final class MonthsToldBefore {

    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{4}-\\d{2})(?:-(\\d{2}))?");

    private MonthsToldBefore() {
    }

    /** The mentions in text order, each at a span whose month {@code taken} says the reference gave in the told one. */
    static List<DateMention> resolve(List<DateMention> mentions, Map<Span, ResolvedDate.Taken> taken,
                                     LocalDate reference, String text, ClauseTense tense) {
        if (!taken.containsValue(ResolvedDate.Taken.MONTH)) {
            return mentions;
        }
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        DateMention before = null;
        for (DateMention mention : mentions) {
            DateMention current = mention;
            boolean monthTaken = taken.get(new Span(mention.start(), mention.end())) == ResolvedDate.Taken.MONTH;
            boolean toldNear = before != null && mention.start() - before.end() <= TensedYears.PARAGRAPH_REACH;
            if (monthTaken && mention.granularity() == Granularity.MONTH) {
                Matcher told = MONTH_OR_DAY.matcher(toldNear ? before.value() : "");
                if (told.matches()) {
                    current = new DateMention(mention.text(), mention.start(), mention.end(), told.group(1),
                            mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
                } else if (before != null || tense == null
                        || tense.told(text, mention.start(), mention.end()) != ClauseTense.Tense.FUTURE) {
                    continue;
                }
            } else if (monthTaken && toldNear) {
                String value = inMonthOf(mention.value(), before.value());
                if (!value.equals(mention.value()) && !(LocalDate.parse(value).isAfter(reference)
                        && !LocalDate.parse(mention.value()).isAfter(reference))) {
                    current = new DateMention(mention.text(), mention.start(), mention.end(), value,
                            mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
                }
            }
            if (current.granularity().compareTo(Granularity.DAY) >= 0) {
                before = current;
            }
            resolved.add(current);
        }
        return resolved;
    }

    /** The day of {@code day} in the month {@code told} names, or the month after; {@code day} where there is none. */
    private static String inMonthOf(String day, String told) {
        Matcher month = MONTH_OR_DAY.matcher(told);
        if (!month.matches()) {
            return day;
        }
        int dayOfMonth = Integer.parseInt(day.substring(day.length() - 2));
        YearMonth toldMonth = YearMonth.parse(month.group(1));
        YearMonth in = month.group(2) != null && dayOfMonth < Integer.parseInt(month.group(2))
                ? toldMonth.plusMonths(1) : toldMonth;
        return in.isValidDay(dayOfMonth) ? in.atDay(dayOfMonth).toString() : day;
    }
}
