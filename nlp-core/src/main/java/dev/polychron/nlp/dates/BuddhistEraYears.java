package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Years of the Buddhist Era as Thai writes them ("17 ตุลาคม 2561", "พ.ศ. 2561", "ในปี 2557"), 543 years ahead of the
 * common era: in a Thai text a year from 2400 on is one of them, and becomes its Gregorian year ("2561" is 2018), and
 * so does any year after the era's mark ("พ.ศ. 2325" is 1782, the founding of Bangkok).
 */
final class BuddhistEraYears {

    private static final Set<String> LANGUAGES = Set.of("th");
    private static final int FIRST_YEAR = 2400;
    private static final int YEARS_AHEAD = 543;
    private static final int YEAR_LENGTH = 4;
    /** The mark of the Buddhist Era, "พุทธศักราช", before its year. */
    private static final String MARK = "พ.ศ";

    private BuddhistEraYears() {
    }

    /** Whether a bare year is one of the Buddhist Era in this language's text, up to this century's ("2561"). */
    static boolean isEraYear(String language, int year) {
        return LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage()) && year >= FIRST_YEAR
                && year < FIRST_YEAR + 200;
    }

    /** {@code mentions}, with their Buddhist Era years made Gregorian where the language writes them. */
    static List<DateMention> inCommonEra(String language, List<DateMention> mentions) {
        if (!LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage())) {
            return mentions;
        }
        List<DateMention> inCommonEra = new ArrayList<>();
        mentions.forEach(m -> {
            int first = m.text().contains(MARK) ? 0 : FIRST_YEAR;
            inCommonEra.add(new DateMention(m.text(), m.start(), m.end(), commonEra(m.value(), first),
                    m.granularity(), m.modifier(), commonEra(m.rangeEnd(), first), m.inReferences()));
        });
        return inCommonEra;
    }

    /** {@code value} in the common era where its year is one of the Buddhist Era, from {@code first} on. */
    private static String commonEra(String value, int first) {
        if (value == null || value.length() < YEAR_LENGTH || !value.substring(0, YEAR_LENGTH).chars()
                .allMatch(Character::isDigit)) {
            return value;
        }
        int year = Integer.parseInt(value.substring(0, YEAR_LENGTH));
        return year < first ? value : "%04d".formatted(year - YEARS_AHEAD) + value.substring(YEAR_LENGTH);
    }
}
