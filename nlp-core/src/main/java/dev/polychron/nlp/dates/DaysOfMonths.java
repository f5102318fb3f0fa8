package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, an n-th weekday or an n-th week of a month named by a relative phrase: "the 20th of next month", "the first
 * Monday of this month", "the last week of this month", "le 20 du mois prochain"; or written after its month where a
 * language names the month first: Hindi "अगले महीने का दूसरा सोमवार", Turkish "gelecek ayın 20'si", and after any
 * month in Chinese, Japanese and Korean: "下個月二十號", "今月の27日", "来月の第2月曜日", "다음 달 20일", "3월 마지막
 * 월요일", "10月最后一天". The two are one mention, that day or week of that month. Month names before their day are
 * left to {@link OrdinalDays} and the day rules; ordinals, numerals and weekday names are ICU's, the words for "last"
 * ours. A range of days may end on the day before the month ("de 4 a 22 de este mes"): one mention of the two days.
 */
final class DaysOfMonths {

    private static final int MAX_ORDINAL = 5;
    private static final int LAST_DAY = 31;
    private static final String HAN_ORDINAL = "第";
    private static final int LAST = -1;
    private static final int MAX_GAP = 40;
    private static final int YEAR_LENGTH = "2015".length();
    /** The word between the day and its month; an n-th weekday may also be "in" it, a day number may not ("20 in May"). */
    private static final String OF = "\\s+(?:of|du|de|des|del|della|di|του|της|cua|من)";
    private static final String OF_OR_IN = "\\s+(?:of|in|du|de|des|del|della|di|του|της|cua|من|في)";
    /** Languages that write the day after its month, and the day's unit after its number. */
    private static final Set<String> DAY_AFTER_MONTH = Set.of("zh", "yue", "ja", "ko");
    /**
     * What may stand between the month and its day ("的", "の"), or between an ordinal and its weekday: a classifier
     * ("第一个星期一"), "の" ("最後の月曜日"), Korean "주" ("둘째주 월요일": the second week's, so the second Monday).
     */
    private static final String LINK = "(?:\\s*(?:の|的|个|個|주))?\\s*";
    /**
     * The words for a day after an ordinal, which CLDR's day field (日, 일) leaves out: "最后一天", "第一天", "最終日",
     * "마지막 날"; not the 日 of a weekday ("第2日曜日"), nor Korean words that begin with 날 ("날씨", weather).
     */
    private static final String NTH_DAY = "(?<nthDay>一?天|日(?![曜\\p{N}])|날(?![씨짜개]))";
    /**
     * A day in words possessed by a month only right after the month's genitive ("martın üçü", "Ağustos'un ikisi"):
     * "ikisi", "onu" are also pronouns ("Ocak ayında onu gördü").
     */
    static final String SPELLED_AFTER_GENITIVE = "(?<=[ıiu]n\\s{1,3})";

    private final Map<String, Integer> ordinals;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> numerals;
    private final Pattern before;
    /** The day or n-th weekday after its month, in the languages that name the month first; else null. */
    private final Pattern after;

    private DaysOfMonths(Map<String, Integer> ordinals, Map<String, DayOfWeek> weekdays,
                         Map<String, Integer> numerals, Pattern before, Pattern after) {
        this.ordinals = ordinals;
        this.weekdays = weekdays;
        this.numerals = numerals;
        this.before = before;
        this.after = after;
    }

    static DaysOfMonths of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        String code = locale.getLanguage();
        Map<String, Integer> ordinals = new HashMap<>();
        // an Arabic ordinal before its weekday drops its article, and the weekday's: "ثاني خميس من الشهر القادم"
        ArabicArticle.withAndWithout(code, SpelledNumbers.ordinals(locale, MAX_ORDINAL)).forEach((form, n) -> {
            ordinals.put(form, n);
            ordinals.putIfAbsent(form.replace(" ", ""), n);
        });
        OrdinalDays.lastWords(locale).forEach(word -> ordinals.put(word, LAST));
        OrdinalDays.firstWords(locale).forEach(word -> ordinals.put(word, 1));
        Map<String, DayOfWeek> weekdays = ArabicArticle.withAndWithout(code, Weekdays.names(locale));
        String week = OrdinalDays.unitName(DateTimePatternGenerator.getInstance(locale),
                DateTimePatternGenerator.WEEK_OF_YEAR, RelativeSpans.unitNames(locale), ChronoUnit.WEEKS);
        String nth = ordinals.isEmpty() ? "" : "|(?<ordinal>" + Alternation.of(ordinals.keySet())
                + ")\\s+(?:(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + "))" + OF_OR_IN;
        Map<String, Integer> spelledDays = SpelledDays.days(locale);
        String spelled = spelledDays.isEmpty() ? "" : "|" + Alternation.of(spelledDays.keySet());
        Pattern before = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])" + firstDay(code)
                + "(?:the\\s+|le\\s+)?(?:(?<day>[0-3]?[0-9]" + spelled
                + ")" + RuleBasedDateExtractor.ORDINAL_SUFFIX + "(?:\\s+day)?" + OF + nth + ")\\s+(?:the\\s+)?$");
        String genitives = OrdinalDays.GENITIVES_BEFORE_DAY.get(code);
        if (genitives != null && !ordinals.isEmpty()) {
            return new DaysOfMonths(ordinals, weekdays, spelledDays, before, Pattern.compile("(?U)^\\s+(?:" + genitives
                    + ")\\s+(?<ordinal>" + Alternation.of(ordinals.keySet()) + ")\\s+(?:(?<weekday>"
                    + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + "))(?![\\p{L}\\p{M}\\p{N}])"));
        }
        if (OrdinalDays.namesPeriodFirst(locale)) {
            Map<String, Integer> possessives = SpelledNumbers.possessives(locale, LAST_DAY);
            return new DaysOfMonths(ordinals, weekdays, union(spelledDays, possessives), before, Pattern.compile(
                    "(?U)^(?:'\\p{L}{1,3})?\\s+(?:(?<day>[0-3]?[0-9](?=" + RuleBasedDateExtractor.POSSESSIVE + ")|"
                    + SPELLED_AFTER_GENITIVE + "(?:" + Alternation.of(possessives.keySet()) + "))(?:"
                    + RuleBasedDateExtractor.POSSESSIVE + ")?"
                    + nth.replace(OF_OR_IN, "\\p{L}{0,3}") + ")(?![\\p{L}\\p{N}])"));
        }
        if (!DAY_AFTER_MONTH.contains(code)) {
            return new DaysOfMonths(ordinals, weekdays, spelledDays, before, null);
        }
        Map<String, Integer> numerals = SpelledNumbers.cardinals(locale, LAST_DAY);
        if (ordinals.keySet().stream().anyMatch(form -> form.startsWith(HAN_ORDINAL))) {
            // "第2月曜日": the number after 第 may be written in digits
            for (int n = 1; n <= MAX_ORDINAL; n++) {
                ordinals.putIfAbsent(HAN_ORDINAL + n, n);
            }
        }
        Pattern after = Pattern.compile("(?U)^" + LINK + "(?:(?<day>[0-3]?[0-9]|" + Alternation.of(numerals.keySet())
                + ")\\s*[日号號일](?![\\p{N}])|(?<ordinal>" + Alternation.of(ordinals.keySet()) + ")" + LINK
                + "(?:(?<weekday>" + Alternation.of(weekdays.keySet()) + ")|(?<week>" + week + ")|" + NTH_DAY + "))");
        return new DaysOfMonths(ordinals, weekdays, union(spelledDays, numerals), before, after);
    }

    /**
     * The first day of a range of days that ends on the day before the month ("from the 4th to the 22nd of next
     * month", "entre el 4 y el 22 de este mes"), in the range words of {@link DateRanges}; optional.
     */
    private static String firstDay(String language) {
        String day = "[0-3]?[0-9])" + RuleBasedDateExtractor.ORDINAL_SUFFIX;
        return DateRanges.opening(language, "(?<firstDay>" + day, "(?<firstDay2>" + day) + "?";
    }

    private static Map<String, Integer> union(Map<String, Integer> first, Map<String, Integer> second) {
        Map<String, Integer> union = new HashMap<>(second);
        union.putAll(first);
        return union;
    }

    /**
     * {@code sorted} with each month that has a day or an n-th weekday named before it (or after it, where the month
     * comes first) turned into that day; a mention of the weekday alone ("Monday") becomes part of it.
     */
    List<DateMention> join(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        int covered = 0;
        for (DateMention mention : sorted) {
            if (mention.start() < covered) {
                continue;
            }
            boolean year = mention.granularity() == Granularity.YEAR;
            if (!year && mention.granularity() != Granularity.MONTH || mention.rangeEnd() != null) {
                joined.add(mention);
                continue;
            }
            Matcher right = after == null ? null : after.matcher(folded)
                    .region(mention.end(), Math.min(folded.length(), mention.end() + MAX_GAP))
                    .useTransparentBounds(true);
            Optional<ResolvedDate> dayAfter = right != null && right.find() ? day(mention.value(), right)
                    : Optional.empty();
            if (dayAfter.isPresent()) {
                covered = right.end();
                joined.add(dayOf(text, mention.start(), covered, dayAfter.get(), mention));
                continue;
            }
            if (year) {
                joined.add(mention);
                continue;
            }
            int from = Math.max(0, mention.start() - MAX_GAP);
            Matcher left = before.matcher(folded.substring(from, mention.start()));
            Optional<ResolvedDate> day = left.find() ? day(mention.value(), left) : Optional.empty();
            int start = from + (day.isPresent() ? left.start() : 0);
            if (day.isPresent() && joined.stream().allMatch(kept -> kept.end() <= start || kept.start() >= start)) {
                joined.removeIf(kept -> kept.start() >= start);
                joined.add(dayOf(text, start, mention.end(), day.get(), mention));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    private static DateMention dayOf(String text, int start, int end, ResolvedDate day, DateMention month) {
        return new DateMention(text.substring(start, end), start, end, day.value(), day.granularity(), null,
                day.rangeEnd(), month.inReferences());
    }

    /**
     * The day of the month {@code period} or, for "the last week of", the week (the one that holds its Thursday, as in
     * ISO 8601); of a year {@code period}, only its n-th weekday or week ("2015年の第3週").
     */
    private Optional<ResolvedDate> day(String period, Matcher named) {
        boolean wholeYear = period.length() == YEAR_LENGTH;
        String written = group(named, "day");
        if (written != null) {
            int day = SpelledNumbers.value(written, numerals);
            if (wholeYear || !YearMonth.parse(period).isValidDay(day)) {
                return Optional.empty();
            }
            String first = Optional.ofNullable(group(named, "firstDay")).orElse(group(named, "firstDay2"));
            String date = YearMonth.parse(period).atDay(day).toString();
            if (first == null) {
                return Optional.of(ResolvedDate.of(date, Granularity.DAY));
            }
            int firstDay = Integer.parseInt(first);
            return firstDay < day ? Optional.of(new ResolvedDate(YearMonth.parse(period).atDay(firstDay).toString(),
                    Granularity.DAY, null, date)) : Optional.empty();
        }
        int nth = ordinals.get(named.group("ordinal"));
        boolean week = group(named, "week") != null;
        DayOfWeek weekday = week ? DayOfWeek.THURSDAY
                : group(named, "nthDay") != null ? null : weekdays.get(named.group("weekday"));
        Optional<LocalDate> day = wholeYear ? OrdinalDays.nth(Year.parse(period), nth, weekday)
                : OrdinalDays.nth(YearMonth.parse(period), nth, weekday);
        return week ? day.map(thursday -> CalendarUnits.of(thursday.atStartOfDay(), ChronoUnit.WEEKS))
                : day.map(date -> ResolvedDate.of(date.toString(), Granularity.DAY));
    }

    /** The named group's text, or null where the pattern has no such group: each language's after-pattern differs. */
    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
