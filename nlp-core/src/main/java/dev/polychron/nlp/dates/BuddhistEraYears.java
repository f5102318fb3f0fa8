package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Years of the Buddhist Era as Thai writes them ("17 ตุลาคม 2561", "พ.ศ. 2561", "ในปี 2557"), 543 years ahead of the
 * common era: in a Thai text a year from 2400 on is one of them, and becomes its Gregorian year ("2561" is 2018).
 */
final class BuddhistEraYears {

    private static final Set<String> LANGUAGES = Set.of("th");
    private static final int FIRST_YEAR = 2400;
    private static final int YEARS_AHEAD = 543;
    private static final int YEAR_LENGTH = 4;

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
        mentions.forEach(m -> inCommonEra.add(new DateMention(m.text(), m.start(), m.end(), commonEra(m.value()),
                m.granularity(), m.modifier(), commonEra(m.rangeEnd()), m.inReferences())));
        return inCommonEra;
    }

    private static String commonEra(String value) {
        if (value == null || value.length() < YEAR_LENGTH || !value.substring(0, YEAR_LENGTH).chars()
                .allMatch(Character::isDigit)) {
            return value;
        }
        int year = Integer.parseInt(value.substring(0, YEAR_LENGTH));
        return year < FIRST_YEAR ? value : (year - YEARS_AHEAD) + value.substring(YEAR_LENGTH);
    }
}
