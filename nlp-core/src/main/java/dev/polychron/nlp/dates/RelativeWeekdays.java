package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A weekday with a word for "next" or "last" that CLDR's relative formats leave out: "περασμένη Τρίτη", "thứ sáu
 * tới", "thứ ba vừa rồi". The words are ours ({@code weekday-words.tsv}), the weekday names CLDR's; the next one is
 * the first after the reference, the last one the first before it.
 */
final class RelativeWeekdays {

    private static final List<String[]> WORDS = DataFiles.lines(RelativeWeekdays.class, "weekday-words.tsv")
            .stream().map(line -> line.split("\t")).toList();

    private RelativeWeekdays() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, DayOfWeek> weekdays = Weekdays.names(locale);
        String weekday = "(?<weekday>" + Alternation.of(weekdays.keySet()) + ")";
        List<DateRule> rules = new ArrayList<>();
        for (String[] columns : WORDS) {
            if (!columns[0].equals(locale.getLanguage())) {
                continue;
            }
            Map<String, Integer> directions = new HashMap<>();
            for (String word : columns[3].split("\\|")) {
                directions.put(TextFolding.fold(word), Integer.parseInt(columns[1]));
            }
            String word = "(?<word>" + Alternation.of(directions.keySet()) + ")";
            boolean before = columns[2].equals("before");
            String regex = "(?<![\\p{L}\\p{N}])" + (before ? word + "\\s+" + weekday : weekday + "\\s+" + word)
                    + "(?![\\p{L}\\p{N}])";
            rules.add(DateRule.of(before ? Start.words(directions.keySet()) : Start.words(weekdays.keySet()), regex,
                    (m, reference) -> {
                        DayOfWeek day = weekdays.get(m.group("weekday"));
                        return Optional.of(ResolvedDate.of(reference.toLocalDate().with(directions.get(m.group("word"))
                                > 0 ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)).toString(),
                                Granularity.DAY));
                    }));
        }
        return rules;
    }
}
