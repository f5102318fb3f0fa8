package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English month or season after "the following" or "that" points back to the date told before it in its paragraph,
 * as histories write: "The club moved in 1962. The following March it won the cup." is March 1963, the first March
 * after what was told, and "The war began in August 1914. The following spring…" spring 1915; "that March", "that
 * spring" are of the told year ("In 1962 the club moved. That summer it won the cup." is summer 1962). Without such a
 * date the phrase is no date. After "that" only where the phrase opens its clause or ends it, as "that" also opens a
 * clause whose subject the name is ("He said that May would resign", "the fact that spring comes early").
 */
final class MonthsOfToldYears {

    private static final Pattern PHRASE = Pattern.compile(
            "(?U)(?<![\\p{L}\\p{N}])(?:(?<following>the\\s+following)|that)\\s+(?<month>\\p{L}+)(?![\\p{L}\\p{N}-])");
    /** "Fall" after "that" is as often the noun ("that fall in prices"), and spring, summer, autumn name the season. */
    private static final Set<String> EVERYDAY_SEASONS = Set.of("fall");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\d{4}-\\d{2}(?:-.*)?");
    /** The marks that open or close a clause around a "that" phrase: "That spring, …", "… that spring." */
    private static final String CLAUSE_MARKS = ".,;:!?\n";
    private static final int DECEMBER = 12;

    private MonthsOfToldYears() {
    }

    /** Whether the language points back so: English. */
    static boolean writtenIn(String language) {
        return ULocale.forLanguageTag(language).getLanguage().equals("en");
    }

    /**
     * The mentions in text order with each phrase's month or season, {@code seasons} giving the TIMEX code of each
     * folded season word; a mention inside a phrase ("March") gives way to it.
     */
    static List<DateMention> join(String text, String folded, List<DateMention> mentions, MonthNames months,
                                  Map<String, String> seasons) {
        List<DateMention> joined = new ArrayList<>(mentions);
        Matcher m = PHRASE.matcher(folded);
        while (m.find()) {
            String name = m.group("month");
            boolean following = m.group("following") != null;
            // capitalised, as English writes months: "buildings that mar the view" is no March
            boolean month = months.isName(name) && Character.isUpperCase(text.charAt(m.start("month")));
            boolean season = seasons.containsKey(name) && !EVERYDAY_SEASONS.contains(name);
            int start = m.start();
            int end = m.end();
            if (!month && !season || !following && !bounded(text, start, end)
                    || joined.stream().anyMatch(d -> d.start() < end && start < d.end()
                            && (d.start() < start || d.end() > end))) {
                continue;
            }
            Optional<DateMention> anchor = joined.stream().filter(d -> d.end() <= start
                            && TensedYears.YEAR_FIRST.matcher(d.value()).matches() && d.rangeEnd() == null)
                    .max(Comparator.comparingInt(DateMention::start))
                    .filter(d -> TensedYears.inOneParagraph(text, d.end(), start));
            if (anchor.isEmpty()) {
                continue;
            }
            YearMonth told = told(anchor.get().value());
            String value;
            if (month) {
                YearMonth named = YearMonth.of(told.getYear(), months.number(name));
                value = (following && !named.isAfter(told) ? named.plusYears(1) : named).toString();
            } else {
                String code = seasons.get(name);
                value = (following ? RelativeSeasons.start(code, 1, told).getYear() : told.getYear()) + "-" + code;
            }
            joined.removeIf(d -> d.start() >= start && d.end() <= end);
            joined.add(new DateMention(text.substring(start, end), start, end, value,
                    month ? Granularity.MONTH : Granularity.SEASON, null, null, anchor.get().inReferences()));
            joined.sort(Comparator.comparingInt(DateMention::start));
        }
        return joined;
    }

    /** The month told, or a whole year's last month, after which "the following" month comes. */
    private static YearMonth told(String value) {
        int year = Integer.parseInt(value.substring(0, 4));
        return MONTH_FIRST.matcher(value).matches() ? YearMonth.of(year, Integer.parseInt(value.substring(5, 7)))
                : YearMonth.of(year, DECEMBER);
    }

    /** Whether the phrase opens its clause or ends it. */
    private static boolean bounded(String text, int start, int end) {
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before == 0 || CLAUSE_MARKS.indexOf(text.charAt(before - 1)) >= 0
                || after == text.length() || CLAUSE_MARKS.indexOf(text.charAt(after)) >= 0;
    }
}
