package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A day or month written without its year is in the reference's year ({@link ReferenceYear}) unless the tense of its
 * clause ({@link ClauseTense}) puts it on the other side of the reference: "the minister said on 30 December" in an
 * article of 10 January is the last December's, "the law will take effect on 1 January" in one of November the
 * coming one. A day less than a week on the other side stays, as the reference may be a few days off the writing.
 */
final class TensedYears {

    private static final int SLACK_DAYS = 7;

    private final ClauseTense tense;

    private TensedYears(ClauseTense tense) {
        this.tense = tense;
    }

    static TensedYears of(String language) {
        return new TensedYears(ClauseTense.of(language));
    }

    /** The mentions, those at {@code yearless} spans moved a year where their clause's tense says so. */
    List<DateMention> resolve(String text, List<DateMention> mentions, Set<Span> yearless, LocalDate reference) {
        if (tense == null || yearless.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(mention -> yearless.contains(new Span(mention.start(), mention.end()))
                && mention.rangeEnd() == null ? inTense(text, mention, reference) : mention).toList();
    }

    private DateMention inTense(String text, DateMention mention, LocalDate reference) {
        ClauseTense.Tense said = tense.around(text, mention.start(), mention.end());
        if (said == ClauseTense.Tense.NONE) {
            return mention;
        }
        boolean past = said == ClauseTense.Tense.PAST;
        try {
            String value;
            if (mention.granularity() == Granularity.MONTH) {
                YearMonth month = YearMonth.parse(mention.value());
                YearMonth now = YearMonth.from(reference);
                if (past ? !month.isAfter(now) : !month.isBefore(now)) {
                    return mention;
                }
                value = month.plusYears(past ? -1 : 1).toString();
            } else {
                LocalDate day = LocalDate.parse(mention.value());
                if (past ? !day.isAfter(reference.plusDays(SLACK_DAYS)) : !day.isBefore(reference.minusDays(SLACK_DAYS))) {
                    return mention;
                }
                value = LocalDate.of(day.getYear() + (past ? -1 : 1), day.getMonth(), day.getDayOfMonth()).toString();
            }
            return new DateMention(mention.text(), mention.start(), mention.end(), value, mention.granularity(),
                    mention.modifier(), null, mention.inReferences());
        } catch (DateTimeException e) {
            // a 29 February has no day in the year before or after
            return mention;
        }
    }
}
