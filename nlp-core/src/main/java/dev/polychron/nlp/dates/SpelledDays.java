package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the month written in words before a month name ("первое марта", "dreißigster Dezember", "the first of
 * March", "τρεις Μαρτίου", "الأول من شباط", Hebrew "השלישי באוקטובר" with its article as a prefix): every ordinal
 * form ICU's spell-out rules give for 1 to 31 in the language, in each gender and case they know, or that
 * {@code ordinal-words.tsv} lists where ICU has none ("პირველი მარტი"), and the cardinal forms where the language
 * dates with cardinals; in Georgian also an ordinal day with the word for day after its month in the genitive.
 */
final class SpelledDays {

    /**
     * Languages that write a date's day as a cardinal number ("le trois mars", "τρεις Μαρτίου", "שלושה במרץ", "üç
     * mart", "თხუთმეტი თებერვალი").
     */
    static final Set<String> CARDINAL_DAYS = Set.of("el", "fr", "es", "it", "pt", "ca", "he", "hi", "tr", "ka");
    /** Cardinals that are the indefinite article too, and so no day: Turkish "bir Mart sabahı" (a March morning). */
    private static final Map<String, String> ARTICLES = Map.of("tr", "bir");
    /** Languages that also write the spelled day after its month: "March first", "april the ninth". */
    private static final Set<String> MONTH_FIRST = Set.of("en");
    /**
     * Languages that write the spelled day after its month only before a year, as their month names are everyday
     * words too: Turkish "mart üç 2015", where "aralık" is also a gap and "ocak" a stove.
     */
    private static final Set<String> MONTH_FIRST_BEFORE_YEAR = Set.of("tr");
    private static final int LAST_DAY = 31;
    /**
     * The word for day after a spelled day that follows its month in the genitive: Georgian "თებერვლის მეთხუთმეტე
     * დღეს" (on the fifteenth day of February), with or without its dative ending.
     */
    private static final Map<String, String> DAY_AFTER_GENITIVE_MONTH = Map.of("ka", "დღეს?");

    private SpelledDays() {
    }

    /**
     * The rules for a spelled-out day before a month name, and after it where the language writes it so; none when ICU
     * spells out nothing for the language.
     */
    static List<DateRule> rules(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Integer> days = ArabicArticle.withAndWithout(locale.getLanguage(), days(locale));
        if (days.isEmpty()) {
            return List.of();
        }
        String alternation = Alternation.of(days.keySet());
        String code = locale.getLanguage();
        List<DateRule> rules = new ArrayList<>(List.of(dayFirst(language, months, days, alternation)));
        if (MONTH_FIRST.contains(code) || MONTH_FIRST_BEFORE_YEAR.contains(code)) {
            rules.add(monthFirst(months, days, alternation, MONTH_FIRST_BEFORE_YEAR.contains(code)));
        }
        String dayWord = DAY_AFTER_GENITIVE_MONTH.get(code);
        if (dayWord != null) {
            rules.add(dayAfterGenitiveMonth(locale, months, dayWord));
        }
        return rules;
    }

    /** "თებერვლის მეთხუთმეტე დღეს": an ordinal only, as a cardinal before the day counts days ("ხუთი დღე"). */
    private static DateRule dayAfterGenitiveMonth(ULocale locale, MonthNames months, String dayWord) {
        Map<String, Integer> ordinals = SpelledNumbers.ordinals(locale, LAST_DAY);
        String regex = "\\b(?<month>" + months.alternation() + ")\\s+(?<spelled>" + Alternation.of(ordinals.keySet())
                + ")\\s+" + dayWord + "(?![\\p{L}\\p{N}])";
        return DateRule.of(Start.words(months.forms()), regex, (m, reference) -> ReferenceYear.day(
                months.number(m.group("month")), ordinals.get(m.group("spelled")), reference.toLocalDate()));
    }

    private static DateRule dayFirst(String language, MonthNames months, Map<String, Integer> days,
                                     String alternation) {
        String article = MonthNames.article(language);
        String regex = "\\b(?:the\\s+|" + Pattern.quote(article) + ")?(?<spelled>" + alternation + ")\\s+"
                + "(?:of\\s+|de\\s+|di\\s+|του\\s+|من\\s+(?:شهر\\s+)?)?(?<month>"
                + months.alternation() + ")\\b(?:\\.?(?:\\s+(?:de|του))?,?\\s+" + RuleBasedDateExtractor.YEAR + ")?"
                + RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        Start start = Start.words(List.of("the", article), days.keySet());
        return DateRule.of(start, regex, (m, reference) -> resolve(m, reference, months, days));
    }

    /**
     * "March first", "april the ninth", "march third 2015": a year makes even "march" the month. Without "the" the
     * day closes its clause or a year or a time of day follows, as a month's name is a given name too ("Jan first
     * noticed the leak"); in a language whose month names are everyday words, only with its year (Turkish "mart üç
     * 2015").
     */
    private static DateRule monthFirst(MonthNames months, Map<String, Integer> days, String alternation,
                                       boolean yearNeeded) {
        String regex = "\\b(?<month>" + months.alternation() + ")\\s+(?:the\\s+)?(?<spelled>" + alternation
                + ")\\b(?![-‐])(?:,?\\s+" + RuleBasedDateExtractor.YEAR + ")?" + RuleBasedDateExtractor.NOT_NUMBER_AFTER
                + "(?:(?<=\\d)|(?<=the\\s\\p{L}{1,20})|(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:at\\s+)?\\d{1,2}[:.h]\\d\\d))";
        return DateRule.of(Start.words(months.forms()), regex, (m, reference) -> resolve(m, reference, months, days))
                .writtenAs((text, m) -> m.group("year") != null || !yearNeeded && months.writtenAsMonth(text, m));
    }

    private static Optional<ResolvedDate> resolve(Matcher m, LocalDateTime reference, MonthNames months,
                                                  Map<String, Integer> days) {
        int day = days.get(m.group("spelled").replaceAll("\\s+", " "));
        int month = months.number(m.group("month"));
        if (m.group("year") == null) {
            return ReferenceYear.day(month, day, reference.toLocalDate());
        }
        return dayOf(Integer.parseInt(m.group("year")), month, day);
    }

    /**
     * The rule for a spelled-out day possessed by its month, where the language names the month first in the genitive
     * (Turkish "martın üçü", "Eylül'ün onu"), or none.
     */
    static Optional<DateRule> possessedRule(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (!OrdinalDays.namesPeriodFirst(locale)) {
            return Optional.empty();
        }
        Map<String, Integer> days = SpelledNumbers.possessives(locale, LAST_DAY);
        String regex = "\\b(?<month>" + months.alternation() + ")(?:'\\p{L}{1,3})?\\s+"
                + DaysOfMonths.SPELLED_AFTER_GENITIVE + "(?<spelled>" + Alternation.of(days.keySet()) + ")"
                + "(?![\\p{L}\\p{N}])";
        return Optional.of(DateRule.of(Start.words(months.forms()), regex, (m, reference) -> ReferenceYear.day(
                months.number(m.group("month")), days.get(m.group("spelled")), reference.toLocalDate())));
    }

    /** The days 1 to 31 in words, by folded form: ordinals, and cardinals where the language dates with them. */
    static Map<String, Integer> days(ULocale locale) {
        RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        boolean cardinals = CARDINAL_DAYS.contains(locale.getLanguage());
        Map<String, Integer> days = new HashMap<>();
        for (String ruleSet : spellOut.getRuleSetNames()) {
            // the plain numbering set holds the form a count stands in alone, Spanish "uno" beside cardinal "un"
            if (SpelledNumbers.isSingularOrdinal(ruleSet) || cardinals && (ruleSet.contains("cardinal")
                    || ruleSet.equals("%spellout-numbering"))) {
                for (int day = 1; day <= LAST_DAY; day++) {
                    String form = TextFolding.fold(spellOut.format(day, ruleSet)).replace("\u00ad", "")
                            .replaceAll("\\s+", " ").strip();
                    days.putIfAbsent(form, day);
                    days.putIfAbsent(form.replace("ß", "ss"), day);
                }
            }
        }
        SpelledNumbers.singularOrdinals(locale, LAST_DAY).forEach(days::putIfAbsent);
        if (locale.getLanguage().equals("ar")) {
            // Arabic tens end in "-ين" outside the nominative: "في الحادي والعشرين من مايو" beside ICU's "والعشرون"
            Map.copyOf(days).forEach((form, day) -> days.putIfAbsent(form.replaceAll("ون(?=\\s|$)", "ين"), day));
            // the teens' "عشر" is often written in its feminine form after a masculine ordinal: "الثالث عشرة"
            Map.copyOf(days).forEach((form, day) -> days.putIfAbsent(form.replaceAll("عشر$", "عشره"), day));
        }
        days.remove(ARTICLES.get(locale.getLanguage()));
        return days;
    }

    private static Optional<ResolvedDate> dayOf(int year, int month, int day) {
        try {
            return Optional.of(ResolvedDate.of(LocalDate.of(year, month, day).toString(), Granularity.DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
