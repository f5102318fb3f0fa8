package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.Month;
import java.time.MonthDay;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's name with a word for "next", "last" or "this" ({@code month-words.tsv}): "last March", "mars dernier",
 * "τον περασμένο Μάρτιο", "в прошлом марте", "this September". The last one is the first before the reference's month,
 * the next one the first after it, the one after next a year after that, this one the one in the reference's year. A
 * day may stand before the month ("le 3 mai dernier", "lo scorso 3 maggio", "el próximo 1 de enero"): then the day is
 * the last or next one before or after the reference's day.
 */
final class RelativeMonths {

    private static final List<String[]> WORDS = DataFiles.lines(RelativeMonths.class, "month-words.tsv")
            .stream().map(line -> line.split("\t")).toList();
    private static final String DAY = "(?:(?<![\\p{L}\\p{N}.,/])(?<day>[0-3]?[0-9])"
            + RuleBasedDateExtractor.ORDINAL_SUFFIX + "\\s+" + RuleBasedDateExtractor.DAY_OF_MONTH + ")?";

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
                    String regex = (before ? "\\b" + word + "\\s+" + DAY + month : DAY + "\\b" + month + "\\s+" + word)
                            + "\\b(?![.,]?\\s*\\p{N})";
                    return DateRule.of(before ? Start.words(directions.keySet())
                                    : Start.words(months.ownWideForms()).orDigit(), regex,
                            (m, reference) -> {
                                int direction = directions.get(m.group("word"));
                                int number = months.number(m.group("month"));
                                return m.group("day") == null ? month(number, direction, reference)
                                        : day(number, Integer.parseInt(m.group("day")), direction, reference);
                            }).writtenAs((text, m) -> months.writtenAsListed(text, m)
                            && (!english || Character.isUpperCase(text.charAt(m.start("month")))));
                }).toList();
    }

    private static Optional<ResolvedDate> month(int number, int direction, LocalDateTime reference) {
        YearMonth current = YearMonth.from(reference);
        YearMonth named = current.withMonth(number);
        YearMonth date = direction < 0 && !named.isBefore(current) ? named.minusYears(1)
                : direction > 0 && !named.isAfter(current) ? named.plusYears(1) : named;
        // "March after next": a year after the next March
        YearMonth after = direction > 1 ? date.plusYears(direction - 1L) : date;
        return Optional.of(ResolvedDate.of(after.toString(), Granularity.MONTH));
    }

    private static Optional<ResolvedDate> day(int month, int day, int direction, LocalDateTime reference) {
        if (day < 1 || day > Month.of(month).maxLength()) {
            return Optional.empty();
        }
        MonthDay named = MonthDay.of(month, day);
        MonthDay today = MonthDay.from(reference);
        int year = reference.getYear() + (direction < 0 && !named.isBefore(today) ? -1
                : direction > 0 && !named.isAfter(today) ? 1 : 0) + Math.max(0, direction - 1);
        // "le 29 février prochain": the next leap year's
        int step = direction < 0 ? -1 : 1;
        while (!named.isValidYear(year)) {
            year += step;
        }
        return Optional.of(ResolvedDate.of(named.atYear(year).toString(), Granularity.DAY));
    }
}
