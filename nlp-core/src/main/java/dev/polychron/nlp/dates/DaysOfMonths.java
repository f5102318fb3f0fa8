package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, an n-th weekday or an n-th week of a month named by a relative phrase: "the 20th of next month", "the first
 * Monday of this month", "the last week of this month", "le 20 du mois prochain", Hindi "अगले महीने का दूसरा सोमवार".
 * The two are one mention, that day or week of that month. Month names are left to {@link OrdinalDays} and the day
 * rules; ordinals and weekday names are ICU's, the words for "last" ours.
 */
final class DaysOfMonths {

    private static final int MAX_ORDINAL = 5;
    private static final int LAST = -1;
    private static final int MAX_GAP = 40;
    /** The word between the day and its month; an n-th weekday may also be "in" it, a day number may not ("20 in May"). */
    private static final String OF = "\\s+(?:of|du|de|des|del|della|di|του|της|cua|من)";
    private static final String OF_OR_IN = "\\s+(?:of|in|du|de|des|del|della|di|του|της|cua|من|في)";

    private final Map<String, Integer> ordinals;
    private final Map<String, DayOfWeek> weekdays;
    private final Pattern before;
    /** The day or n-th weekday after its month, in the languages that name the month first; else null. */
    private final Pattern after;
    /** Whether {@link #after} may name a day by its number (Turkish "gelecek ayın 20'si"), not only a weekday. */
    private final boolean afterNamesDays;

    private DaysOfMonths(Map<String, Integer> ordinals, Map<String, DayOfWeek> weekdays, Pattern before,
                         Pattern after, boolean afterNamesDays) {
        this.ordinals = ordinals;
        this.weekdays = weekdays;
        this.before = before;
        this.after = after;
        this.afterNamesDays = afterNamesDays;
    }

    static DaysOfMonths of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, MAX_ORDINAL));
        OrdinalDays.lastWords(locale).forEach(word -> ordinals.put(word, LAST));
        OrdinalDays.firstWords(locale).forEach(word -> ordinals.put(word, 1));
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        String week = OrdinalDays.unitName(DateTimePatternGenerator.getInstance(locale),
                DateTimePatternGenerator.WEEK_OF_YEAR, RelativeSpans.unitNames(locale), ChronoUnit.WEEKS);
        String nth = ordinals.isEmpty() ? "" : "|(?<ordinal>" + Alternation.of(ordinals.keySet())
                + ")\\s+(?:(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + "))" + OF_OR_IN;
        Pattern before = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?:the\\s+|le\\s+)?(?:(?<day>[0-3]?[0-9])"
                + RuleBasedDateExtractor.ORDINAL_SUFFIX + "(?:\\s+day)?" + OF + nth + ")\\s+(?:the\\s+)?$");
        String genitives = OrdinalDays.GENITIVES_BEFORE_DAY.get(locale.getLanguage());
        boolean periodFirst = OrdinalDays.namesPeriodFirst(locale);
        Pattern after = null;
        if (genitives != null && !ordinals.isEmpty()) {
            after = Pattern.compile("(?U)^\\s+(?:" + genitives + ")\\s+(?<ordinal>" + Alternation.of(ordinals.keySet())
                    + ")\\s+(?:(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + "))"
                    + "(?![\\p{L}\\p{M}\\p{N}])");
        } else if (periodFirst) {
            after = Pattern.compile("(?U)^(?:'\\p{L}{1,3})?\\s+(?:(?<day>[0-3]?[0-9])" + RuleBasedDateExtractor.POSSESSIVE
                    + nth.replace(OF_OR_IN, "\\p{L}{0,3}") + ")(?![\\p{L}\\p{N}])");
        }
        return new DaysOfMonths(ordinals, weekdays, before, after, periodFirst);
    }

    /**
     * {@code sorted} with each month that has a day or an n-th weekday named before it (or after it, where the month
     * comes first: "gelecek ayın 20'si", "gelecek ayın ilk Cuması") turned into that day; a mention of the weekday
     * alone ("Monday") becomes part of it.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        int covered = 0;
        for (DateMention mention : sorted) {
            if (mention.start() < covered) {
                continue;
            }
            if (mention.granularity() != Granularity.MONTH || mention.rangeEnd() != null) {
                joined.add(mention);
                continue;
            }
            Matcher right = after == null ? null
                    : after.matcher(folded.substring(mention.end(), Math.min(folded.length(), mention.end() + MAX_GAP)));
            Optional<ResolvedDate> dayAfter = right != null && right.find() ? day(YearMonth.parse(mention.value()), right)
                    : Optional.empty();
            if (dayAfter.isPresent()) {
                covered = mention.end() + right.end();
                joined.add(dayOf(text, mention.start(), covered, dayAfter.get(), mention));
                continue;
            }
            int from = Math.max(0, mention.start() - MAX_GAP);
            Matcher left = before.matcher(folded.substring(from, mention.start()));
            Optional<ResolvedDate> day = left.find() ? day(YearMonth.parse(mention.value()), left) : Optional.empty();
            int start = from + (day.isPresent() ? left.start() : 0);
            if (day.isPresent() && joined.stream().allMatch(kept -> kept.end() <= start || kept.start() >= start)) {
                joined.removeIf(kept -> kept.start() >= start);
                joined.add(dayOf(text, start, mention.end(), day.get(), mention));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private static DateMention dayOf(String text, int start, int end, ResolvedDate day, DateMention month) {
        return new DateMention(text.substring(start, end), start, end, day.value(), day.granularity(), null, null,
                month.inReferences());
    }

    /** The day or, for "the last week of", the week (the one that holds its Thursday, as in ISO 8601). */
    private Optional<ResolvedDate> day(YearMonth month, Matcher named) {
        if ((named.pattern() == before || afterNamesDays) && named.group("day") != null) {
            int day = Integer.parseInt(named.group("day"));
            return month.isValidDay(day) ? Optional.of(ResolvedDate.of(month.atDay(day).toString(), Granularity.DAY))
                    : Optional.empty();
        }
        int nth = ordinals.get(named.group("ordinal"));
        if (named.group("week") != null) {
            return OrdinalDays.nth(month, nth, DayOfWeek.THURSDAY)
                    .map(thursday -> CalendarUnits.of(thursday.atStartOfDay(), ChronoUnit.WEEKS));
        }
        return OrdinalDays.nth(month, nth, weekdays.get(named.group("weekday")))
                .map(day -> ResolvedDate.of(day.toString(), Granularity.DAY));
    }
}
