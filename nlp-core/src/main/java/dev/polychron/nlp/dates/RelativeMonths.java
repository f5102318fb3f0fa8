package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's name with a word for "next", "last" or "this" ({@code month-words.tsv}): "last March", "mars dernier",
 * "τον περασμένο Μάρτιο", "в прошлом марте", "this September". The last one is the first before the reference's month,
 * the next one the first after it, the one after next a year after that, this one the one in the reference's year.
 */
final class RelativeMonths {

    private static final List<String[]> WORDS = DataFiles.lines(RelativeMonths.class, "month-words.tsv")
            .stream().map(line -> line.split("\t")).toList();

    private RelativeMonths() {
    }

    static List<DateRule> rules(String language) {
        MonthNames months = MonthNames.of(language);
        String month = "(?<month>" + months.ownWideAlternation() + ")";
        boolean english = language.startsWith("en");
        return WORDS.stream().filter(columns -> columns[0].equals(ULocale.forLanguageTag(language).getLanguage()))
                .map(columns -> {
                    Map<String, Integer> directions = new HashMap<>();
                    for (String word : columns[3].split("\\|")) {
                        directions.put(TextFolding.fold(word), Integer.parseInt(columns[1]));
                    }
                    String word = "(?<word>" + Alternation.of(directions.keySet()) + ")";
                    boolean before = columns[2].equals("before");
                    String regex = "\\b" + (before ? word + "\\s+" + month : month + "\\s+" + word)
                            + "\\b(?![.,]?\\s*\\p{N})";
                    return DateRule.of(Start.words(before ? directions.keySet() : months.ownWideForms()), regex,
                            (m, reference) -> {
                                YearMonth current = YearMonth.from(reference);
                                YearMonth named = current.withMonth(months.number(m.group("month")));
                                int direction = directions.get(m.group("word"));
                                YearMonth date = direction < 0 && !named.isBefore(current) ? named.minusYears(1)
                                        : direction > 0 && !named.isAfter(current) ? named.plusYears(1) : named;
                                // "March after next": a year after the next March
                                YearMonth after = direction > 1 ? date.plusYears(direction - 1L) : date;
                                return Optional.of(ResolvedDate.of(after.toString(), Granularity.MONTH));
                            }).writtenAs((text, m) -> months.writtenAsListed(text, m)
                            && (!english || Character.isUpperCase(text.charAt(m.start("month")))));
                }).toList();
    }
}
