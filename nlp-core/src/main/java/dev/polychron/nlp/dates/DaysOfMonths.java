package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day or an n-th weekday of a month named by a relative phrase: "the 20th of next month", "the first Monday of this
 * month", "le 20 du mois prochain". The two are one mention, that day of that month. Month names are left to
 * {@link OrdinalDays} and the day rules; ordinals and weekday names are ICU's, the words for "last" ours.
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

    private DaysOfMonths(Map<String, Integer> ordinals, Map<String, DayOfWeek> weekdays, Pattern before) {
        this.ordinals = ordinals;
        this.weekdays = weekdays;
        this.before = before;
    }

    static DaysOfMonths of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, MAX_ORDINAL));
        OrdinalDays.lastWords(locale).forEach(word -> ordinals.put(word, LAST));
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        String nth = ordinals.isEmpty() ? "" : "|(?<ordinal>" + Alternation.of(ordinals.keySet()) + ")\\s+(?<weekday>"
                + Alternation.of(weekdays.keySet()) + ")" + OF_OR_IN;
        Pattern before = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?:the\\s+|le\\s+)?(?:(?<day>[0-3]?[0-9])"
                + RuleBasedDateExtractor.ORDINAL_SUFFIX + "(?:\\s+day)?" + OF + nth + ")\\s+(?:the\\s+)?$");
        return new DaysOfMonths(ordinals, weekdays, before);
    }

    /**
     * {@code sorted} with each month that has a day or an n-th weekday named before it turned into that day; a mention
     * of the weekday alone ("Monday") becomes part of it.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        for (DateMention mention : sorted) {
            if (mention.granularity() != Granularity.MONTH || mention.rangeEnd() != null) {
                joined.add(mention);
                continue;
            }
            int from = Math.max(0, mention.start() - MAX_GAP);
            Matcher left = before.matcher(folded.substring(from, mention.start()));
            Optional<LocalDate> day = left.find() ? day(YearMonth.parse(mention.value()), left) : Optional.empty();
            int start = from + (day.isPresent() ? left.start() : 0);
            if (day.isPresent() && joined.stream().allMatch(kept -> kept.end() <= start || kept.start() >= start)) {
                joined.removeIf(kept -> kept.start() >= start);
                joined.add(new DateMention(text.substring(start, mention.end()), start, mention.end(),
                        day.get().toString(), Granularity.DAY, null, null, mention.inReferences()));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private Optional<LocalDate> day(YearMonth month, Matcher left) {
        if (left.group("day") != null) {
            int day = Integer.parseInt(left.group("day"));
            return month.isValidDay(day) ? Optional.of(month.atDay(day)) : Optional.empty();
        }
        return OrdinalDays.nth(month, ordinals.get(left.group("ordinal")), weekdays.get(left.group("weekday")));
    }
}
