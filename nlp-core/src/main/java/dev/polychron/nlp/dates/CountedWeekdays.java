package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A count of weekdays from the reference: "3 Fridays from now" is the third Friday after it, "two Thursdays ago" the
 * second before it; Swedish "i tisdags" the Tuesday before it, "på tisdag" the one after it. The phrases are ours
 * ({@code counted-weekdays.tsv}), weekday names and counts in words CLDR's.
 */
final class CountedWeekdays {

    static final List<String[]> PHRASES = DataFiles.lines(CountedWeekdays.class, "counted-weekdays.tsv")
            .stream().map(line -> line.split("\t")).toList();
    /** The direction of the phrases that count from the day after them ({@link WeekdaysAfterDays}). */
    static final String AFTER_A_DAY = "after";
    private static final int MAX_COUNT = 31;

    private CountedWeekdays() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        List<DateRule> rules = new ArrayList<>();
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        Map<String, Integer> spelled = SpelledNumbers.counts(locale, MAX_COUNT);
        String count = "(?<count>[0-9]{1,2}" + (spelled.isEmpty() ? "" : "|" + Alternation.of(spelled.keySet())) + ")";
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")";
        for (String[] columns : PHRASES) {
            if (!columns[0].equals(locale.getLanguage()) || columns[1].equals(AFTER_A_DAY)) {
                continue;
            }
            int direction = Integer.parseInt(columns[1]);
            for (String phrase : columns[2].split("\\|")) {
                String folded = TextFolding.fold(phrase);
                boolean counted = folded.contains("{n}");
                String regex = "(?<![\\p{L}\\p{N}])"
                        + PhraseTemplate.regex(folded, Map.of("{n}", count, "{weekday}", weekday)) + "(?![\\p{L}\\p{N}])";
                String first = folded.split(" ")[0];
                Start start = first.startsWith("{n}") ? Start.words(spelled.keySet()).orDigit()
                        : Start.words(List.of(first));
                rules.add(DateRule.of(start, regex, (m, reference) -> {
                    String written = counted ? m.group("count") : "1";
                    int n = written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written)
                            : spelled.get(written);
                    DayOfWeek day = weekdays.get(m.group("weekday"));
                    LocalDate today = reference.toLocalDate();
                    LocalDate date = direction > 0 ? today.with(TemporalAdjusters.next(day)).plusWeeks(n - 1L)
                            : today.with(TemporalAdjusters.previous(day)).minusWeeks(n - 1L);
                    return n < 1 ? Optional.empty() : Optional.of(ResolvedDate.of(date.toString(), Granularity.DAY));
                }));
            }
        }
        return rules;
    }
}
