package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A year with the same year of an era in parentheses after it, then a month or a day of the month without a year, as
 * Japanese writes it: "1991年（平成3年）12月25日" is one date, 1991-12-25; read apart, the month and day took the
 * reference's year.
 */
final class ErasInParentheses {

    private static final Set<String> LANGUAGES = Set.of("ja", "zh");
    private static final Pattern OPENING = Pattern.compile("\\s*[（(]");
    private static final Pattern CLOSING = Pattern.compile("[）)]\\s*");
    /** A month, or a day of it, written without its year: "12月25日", "8月". */
    private static final Pattern WITHOUT_YEAR = Pattern.compile("[0-9０-９]{1,2}月.*");
    private static final int YEAR_LENGTH = 4;

    private ErasInParentheses() {
    }

    static List<DateMention> join(String language, String text, List<DateMention> mentions) {
        if (!LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage())) {
            return mentions;
        }
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            DateMention year = mentions.get(i);
            if (i + 2 < mentions.size() && joins(text, year, mentions.get(i + 1), mentions.get(i + 2))) {
                DateMention date = mentions.get(i + 2);
                joined.add(new DateMention(text.substring(year.start(), date.end()), year.start(), date.end(),
                        year.value() + date.value().substring(YEAR_LENGTH), date.granularity(), date.modifier(),
                        null, date.inReferences()));
                i += 2;
            } else {
                joined.add(year);
            }
        }
        return joined;
    }

    private static boolean joins(String text, DateMention year, DateMention eraYear, DateMention date) {
        return year.granularity() == Granularity.YEAR && eraYear.granularity() == Granularity.YEAR
                && year.value().length() == YEAR_LENGTH && year.value().equals(eraYear.value())
                && date.rangeEnd() == null && (date.granularity() == Granularity.MONTH
                        || date.granularity() == Granularity.DAY)
                && OPENING.matcher(text.substring(year.end(), eraYear.start())).matches()
                && CLOSING.matcher(text.substring(eraYear.end(), date.start())).matches()
                && WITHOUT_YEAR.matcher(date.text()).matches();
    }
}
