package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The n-th or last month of a year: "the third month of 2017", "terceiro mês de 2017", "último mês de 2013". Ordinals
 * are ICU's spell-out rules, the month field's names CLDR's, the words for "last" those of {@link OrdinalDays}.
 */
final class OrdinalMonths {

    private static final int MONTHS = 12;

    private OrdinalMonths() {
    }

    static Optional<DateRule> rule(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> ordinals = new HashMap<>(SpelledNumbers.ordinals(locale, MONTHS));
        OrdinalDays.lastWords(locale).forEach(word -> ordinals.put(word, MONTHS));
        if (ordinals.isEmpty()) {
            return Optional.empty();
        }
        String month = OrdinalDays.unitName(DateTimePatternGenerator.getInstance(locale),
                DateTimePatternGenerator.MONTH, RelativeSpans.unitNames(locale), ChronoUnit.MONTHS);
        String regex = "(?<![\\p{L}\\p{N}])(?:(?<n>1[0-2]|[1-9])" + OrdinalDays.SUFFIX + "|(?<ordinal>"
                + Alternation.of(ordinals.keySet()) + "))\\s+" + month + "(?:\\s+\\p{L}{1,3})?\\s+"
                + RuleBasedDateExtractor.YEAR + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        return Optional.of(DateRule.of(Start.words(ordinals.keySet()).orDigit(), regex, (m, reference) -> {
            int nth = m.group("n") != null ? Integer.parseInt(m.group("n")) : ordinals.get(m.group("ordinal"));
            return Optional.of(ResolvedDate.of(YearMonth.of(Integer.parseInt(m.group("year")), nth).toString(),
                    Granularity.MONTH));
        }));
    }
}
