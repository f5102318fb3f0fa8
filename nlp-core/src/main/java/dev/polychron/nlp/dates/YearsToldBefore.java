package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.EventDate;
import dev.polychron.nlp.text.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A day or month written without its year ({@link ReferenceYear}) is in the year of the date told shortly before it
 * in its paragraph, where that year is far from the reference's, as histories and biographies write: "The war began
 * in 1914. On 28 July, Austria declared war." is 28 July 1914, not of the reference's year. Only where the clause
 * tells of the past or no tense ({@link ClauseTense#beside}) and the year stands in the same sentence ("United last
 * won the cup in 2004, beating Millwall on 22 May"), the day opens its sentence, as a story goes on, or it follows a
 * day or month of that year told in the sentence before ("halted on 13 March 2020. Play resumed on 20 June."): news
 * tell their coming days and their past ones beside old years ("The last rise came in 2011. The next decision is due
 * on 11 September.", "The bank opened on 3 May 1998. It now has 200 staff. It cut 50 jobs on 9 August.", "The airline
 * was founded in 1987. Its chief executive resigned on 2 February.").
 * Not a year told aside, between commas ("The company, founded in 1998, said on 3 March") or in parentheses ("Ivan
 * Petrov (born 1956)"), after "since" ("Since 1909 the club has played here. It lost on 3 March."), naming a thing
 * ("The 1990 champion won on 3 March"), or compared with (Vietnamese "so với cùng kỳ năm 2008"): news tell today's
 * story beside them. A year near the reference's leaves the tense to decide ({@link TensedYears}).
 */
final class YearsToldBefore {

    /** The nearest a told year stands to the reference's and still outweighs it, as {@link TensedYears} reads. */
    private static final int FAR_YEARS = 2;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int YEAR_LENGTH = "1914".length();
    /** The most words before a day that opens its sentence: "On", "In early". */
    private static final int OPENING_WORDS = 2;
    /**
     * Before a year, the words that make it a start ("since 1909"), a thing's name ("the 1990 champion") or a birth,
     * which tells of a person, not of the time the story goes on in ("Its founder was born in 1950. It lost on 3
     * June.").
     */
    private static final Pattern NOT_TOLD_AFTER = Pattern.compile(
            "(?:^|[^\\p{L}])(?:since|seit|depuis|desde|dal|sinds|sedan|siden|с|od|the|born\\s+in)\\s+\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NOT_TOLD_REACH = 11;
    /** The most letters between a parenthesis and the date in it: "(born 1956)", "(род. 1956)". */
    private static final int ASIDE_REACH = 12;
    /**
     * Before a year, the words that make it the one a figure is compared with, which the story does not move to:
     * Vietnamese "tăng 5% so với cùng kỳ năm 2018" (against the same period of 2018).
     */
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?:^|[^\\p{L}])cùng k[ỳì]\\s+\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The days before and after the reference that stay in its year: news tell the last weeks' days and the next
     * week's after an old year ("The bank was founded in 1998. On 3 March it cut 200 jobs."), histories tell days of
     * any time of year.
     */
    private static final int NEWS_DAYS_BEFORE = 30;
    private static final int NEWS_DAYS_AFTER = 7;

    /**
     * What tells, right after a day, that it comes back every year ("is observed on 19 June every year"), by
     * language: then it is no day of the year told before.
     */
    private static final Map<String, Pattern> YEARLY_AFTER = Map.of(
            "en", yearly("(?:of )?(?:every|each) year|annually|yearly"),
            "es", yearly("(?:de )?cada año|todos los años|anualmente"),
            "fr", yearly("(?:de )?chaque année|tous les ans"),
            "de", yearly("(?:eines )?jeden jahres|jedes jahr|jährlich"),
            "it", yearly("(?:di )?ogni anno|tutti gli anni"),
            "pt", yearly("(?:de )?cada ano|todos os anos"));

    private YearsToldBefore() {
    }

    /** The mentions in text order, those at {@code taken} spans without a year put in the year told before them. */
    static List<DateMention> resolve(String text, List<DateMention> mentions, Map<Span, ResolvedDate.Taken> taken,
                                     LocalDate reference, String language, ClauseTense tense) {
        if (tense == null || !taken.containsValue(ResolvedDate.Taken.YEAR)
                && !taken.containsValue(ResolvedDate.Taken.AFTER_TOLD)) {
            return mentions;
        }
        Pattern yearly = YEARLY_AFTER.get(ULocale.forLanguageTag(language).getLanguage());
        boolean vietnamese = ULocale.forLanguageTag(language).getLanguage().equals("vi");
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        DateMention before = null;
        for (DateMention mention : mentions) {
            DateMention current = mention;
            ResolvedDate.Taken what = taken.get(new Span(mention.start(), mention.end()));
            if (what == ResolvedDate.Taken.AFTER_TOLD && before != null && farInItsParagraph(text, before, mention,
                    reference) && tense.told(text, mention.start(), mention.end()) != ClauseTense.Tense.FUTURE) {
                current = nextAfter(before, mention);
            } else if (what == ResolvedDate.Taken.YEAR && before != null
                    && holds(text, before, mention, reference, tense)
                    && (yearly == null || !yearly.matcher(text).region(mention.end(), text.length()).lookingAt())) {
                current = inYear(mention, Integer.parseInt(before.value().substring(0, 4)));
            }
            if (TensedYears.YEAR_FIRST.matcher(current.value()).matches() && (current.rangeEnd() == null
                    || current.rangeEnd().startsWith(current.value().substring(0, 4)))
                    && !(vietnamese && COMPARED_AFTER.matcher(text).region(Math.max(0,
                            current.start() - NOT_TOLD_REACH), current.start()).find())
                    && !inParentheses(text, current)) {
                before = current;
            }
            resolved.add(current);
        }
        return resolved;
    }

    private static boolean holds(String text, DateMention before, DateMention mention, LocalDate reference,
                                 ClauseTense tense) {
        if (!farInItsParagraph(text, before, mention, reference)) {
            return false;
        }
        ClauseTense.Tense told = tense.beside(text, mention.start(), mention.end());
        if (nearReference(mention, reference) || told != ClauseTense.Tense.NONE && told != ClauseTense.Tense.PAST
                || NOT_TOLD_AFTER.matcher(text).region(Math.max(0, before.start() - NOT_TOLD_REACH), before.start())
                        .find()) {
            return false;
        }
        int sentence = SentenceEnds.lastStart(text, before.end(), mention.start());
        if (sentence >= 0) {
            return SPACES.split(text.substring(sentence, mention.start()).strip()).length <= OPENING_WORDS
                    || SentenceEnds.count(text, before.end(), mention.start()) == 1
                    && followsInItsYear(before, mention);
        }
        return !toldAside(text, before, mention);
    }

    /** Whether the date told before is in the mention's paragraph and its year far from the reference's. */
    private static boolean farInItsParagraph(String text, DateMention before, DateMention mention,
                                             LocalDate reference) {
        return TensedYears.inOneParagraph(text, before.end(), mention.start())
                && Math.abs(Integer.parseInt(before.value().substring(0, 4)) - reference.getYear()) >= FAR_YEARS;
    }

    /**
     * The named day that is the next after the date told before ("On 4 August 1914 … The following Christmas" is
     * 1914's): in its year where it comes after that date's last day ("In December 1914 … the following Christmas" is
     * 1915's), else in the year after. A year told alone stands for its middle, as what happened in it may have
     * happened on any of its days: "He fled in 1848. He returned the next Christmas" is 1848's, "the next New Year's
     * Day" 1849's.
     */
    private static DateMention nextAfter(DateMention before, DateMention mention) {
        int year = Integer.parseInt(before.value().substring(0, 4));
        String last = (before.rangeEnd() == null ? before.value() : before.rangeEnd()).split("T")[0];
        LocalDate after = last.length() > YEAR_LENGTH ? EventDate.bounds(last)[1] : LocalDate.of(year, Month.JULY, 1);
        DateMention inItsYear = inYear(mention, year);
        return EventDate.bounds(inItsYear.value())[0].isAfter(after) ? inItsYear : inYear(mention, year + 1);
    }

    /**
     * Whether the year told before comes with its month or day and the mention, put in that year, comes after it: a
     * story told day by day ("The season was halted on 13 March 2020. Play resumed on 20 June.").
     */
    private static boolean followsInItsYear(DateMention before, DateMention mention) {
        // or its days ("Between 10 and 20 July 1885 … on 25 July"), which resolve() keeps within one year
        String last = before.rangeEnd() == null ? before.value() : before.rangeEnd();
        return (MONTH.matcher(before.value()).matches() || ResolvedDate.isDay(before.value()))
                && inYear(mention, Integer.parseInt(before.value().substring(0, 4))).value().compareTo(last) > 0;
    }

    /** Whether the mention's day, or its month's first day, is as near the reference as news tell days. */
    private static boolean nearReference(DateMention mention, LocalDate reference) {
        String value = mention.value();
        LocalDate day = ResolvedDate.isDay(value) ? LocalDate.parse(value)
                : MONTH.matcher(value).matches() ? LocalDate.parse(value + "-01") : null;
        if (day == null) {
            return false;
        }
        long after = ChronoUnit.DAYS.between(reference, day);
        return after >= -NEWS_DAYS_BEFORE && after <= NEWS_DAYS_AFTER;
    }

    /**
     * Whether a date stands in parentheses, an aside the story does not go on from: "Ivan Petrov (born 1956). At the
     * end of the year" is in the year told before the parentheses.
     */
    private static boolean inParentheses(String text, DateMention mention) {
        String before = text.substring(Math.max(0, mention.start() - ASIDE_REACH), mention.start());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + ASIDE_REACH));
        return before.lastIndexOf('(') > before.lastIndexOf(')') && after.indexOf(')') >= 0;
    }

    /**
     * Whether the date told before stands in an aside of the mention's sentence: a comma before it and one between it
     * and the mention.
     */
    static boolean toldAside(String text, DateMention before, DateMention mention) {
        int from = Math.max(0, before.start() - TensedYears.PARAGRAPH_REACH);
        int sentence = Math.max(from, SentenceEnds.lastStart(text, from, before.start()));
        return text.substring(sentence, before.start()).contains(",")
                && text.substring(before.end(), mention.start()).contains(",");
    }

    private static Pattern yearly(String words) {
        return Pattern.compile(",?\\s+(?:" + words + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The mention moved to {@code year}, its range end as many years after it as before ("between November and
     * February"), or as it was where that year lacks the day.
     */
    private static DateMention inYear(DateMention mention, int year) {
        try {
            return new DateMention(mention.text(), mention.start(), mention.end(), moved(mention.value(), year),
                    mention.granularity(), mention.modifier(), mention.rangeEnd() == null ? null
                    : moved(mention.rangeEnd(), year + Integer.parseInt(mention.rangeEnd().substring(0, 4))
                            - Integer.parseInt(mention.value().substring(0, 4))), mention.inReferences());
        } catch (DateTimeException e) {
            return mention;
        }
    }

    private static String moved(String value, int year) {
        if (ResolvedDate.isDay(value)) {
            LocalDate day = LocalDate.parse(value);
            return LocalDate.of(year, day.getMonth(), day.getDayOfMonth()).toString();
        }
        return String.format("%04d", year) + value.substring(4);
    }
}
