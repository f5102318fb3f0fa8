package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ranges of dates: two dates joined by a dash or by the language's range words ("from 2010 to 2018", "between May
 * 1990 and July 1991", "1 April – 3 May 2014", "from Q1 2017 to Q3 2017") become one mention of the first with the second as its
 * {@code rangeEnd}; and ranges that write the shared part once ("1–3 April 2014", "between 1 and 3 April", "vom 1.
 * bis 3. April", "с 1 по 3 апреля", "từ ngày 1 đến ngày 3 tháng 4", "from May to July 1990") by their own patterns,
 * where a day may follow its weekday's name ("du samedi 13 au lundi 15 juillet") or be written in words ("dal tredici al
 * quindici luglio").
 */
final class DateRanges {

    /** Not the number of a Vietnamese month ("tháng 3 đến ngày 7 tháng 5" is no range of days 3 to 7). */
    private static final String NOT_MONTH_NUMBER = "(?<!thang\\s)";
    private static final List<String> LINES = DataFiles.lines(DateRanges.class, "range-words.tsv");
    private static final Map<String, List<String>> NIGHTS = DataFiles.foldedWords(DateRanges.class,
            "night-words.tsv", 1);
    private static final Map<String, List<String>> NIGHT_FROM = DataFiles.foldedWords(DateRanges.class,
            "night-words.tsv", 2);
    private static final Map<String, List<String>> NIGHT_TO = DataFiles.foldedWords(DateRanges.class,
            "night-words.tsv", 3);
    private static final Set<Granularity> JOINED = Set.of(Granularity.DAY, Granularity.MONTH, Granularity.QUARTER,
            Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY);
    private static final String DASH = "\\s*[-–—~～〜]\\s*";
    /** Languages written without spaces between words. */
    static final Set<String> UNSPACED = Set.of("ja", "zh");
    /**
     * Languages whose range words stand right against the dates, unspaced or as particles (Korean "2014년부터"), and
     * whose word for "between" follows the two dates: "2015年和2018年之间", "2015年と2018年の間", "2015년과 2018년 사이".
     */
    private static final Set<String> ATTACHED = Set.of("ja", "zh", "ko");
    /**
     * Articles, the Vietnamese and Indonesian nouns of the day, month and year ("từ năm 2010", "dari tahun 2010
     * hingga tahun 2012") and Arabic "عامي" (the years) that may stand between a range word and its date.
     */
    private static final String ARTICLE = "(?:(?:the|το|τον|την|τις|τα|le|la|les|l'|il|el|los|os|de|der|dem|den|die"
            + "|ngay|thang|nam|tanggal|bulan|tahun|عامي|عام|سنتي)\\s+)?";
    /** Languages whose word for "and" is written as the prefix of the next word: Arabic "1998 و2001". */
    private static final Set<String> AND_AS_PREFIX = Set.of("ar");
    /** What range-words.tsv writes where a language has no such word: Hindi opens no range with a word. */
    private static final String NO_WORD = "-";
    /** A pattern that matches nowhere, in place of a word the language does not write between its dates. */
    private static final String NEVER = "(?!)";
    private static final Set<Granularity> DAY_OR_MONTH = Set.of(Granularity.DAY, Granularity.MONTH);
    /** How far after the second date a word for "between" may end. */
    private static final int MAX_CLOSING = 6;
    /**
     * A day of the month written as its number and unit alone, in digits or Han numerals. These patterns read a
     * mention's own text, where digits may be full-width ("２０１６年1月１０日").
     */
    private static final Pattern DAY_ALONE = Pattern.compile("(?:\\p{Nd}{1,2}|["
            + HanNumeralDates.HAN_NUMERAL_CHARS + "]{1,3})\\s*[日号號일]");
    /** A day of the month after its article alone, as {@link DaysWithoutMonth} reads it: "le 18", "il 5". */
    private static final Pattern DAY_AFTER_ARTICLE = Pattern.compile("\\p{Ll}{1,3}\\s+\\p{Nd}{1,2}\\p{Ll}{0,2}");
    private static final int MONTH_LENGTH = "2014-04".length();
    private static final int DAYS_IN_A_WEEK = 7;
    private static final Pattern THREE_DIGITS = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{3}(?!\\p{Nd})");
    static final Pattern HAS_YEAR = Pattern.compile("\\p{Nd}{4}");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private final Pattern from;
    private final Pattern dashOrTo;
    private final Pattern between;
    private final Pattern betweenAfter;
    private final Pattern and;
    private final Postpositions postpositions;
    private final NowEnds nowEnds;
    private final List<DateRule> rules;

    private DateRanges(String fromWords, String toWords, String betweenWords, String andWords,
                       Postpositions postpositions, NowEnds nowEnds, MonthNames months, Set<String> weekdays,
                       Map<String, Integer> spelledDays, boolean unspaced, boolean andAsPrefix, String notACount,
                       String language) {
        String wordStart = unspaced ? "" : "(?<![\\p{L}\\p{N}'])";
        String space = unspaced ? "\\s*" : "\\s+";
        this.from = Pattern.compile("(?U)" + wordStart + "(?:" + fromWords + ")" + space + ARTICLE + "$");
        this.dashOrTo = Pattern.compile("(?U)^(?:" + DASH + "|" + space + "(?:" + toWords + ")" + space + ARTICLE
                + ")$");
        this.between = Pattern.compile("(?U)" + wordStart + "(?:" + betweenWords + ")" + space + ARTICLE + "$");
        this.betweenAfter = unspaced ? Pattern.compile("(?U)^\\s*(?:の|的)?(?:" + betweenWords + ")") : null;
        this.and = Pattern.compile("(?U)^" + space + "(?:" + andWords + ")" + (andAsPrefix ? "\\s*" : space) + ARTICLE
                + "$");
        this.postpositions = postpositions;
        this.nowEnds = nowEnds;
        this.rules = new ArrayList<>(sharedPartRules(fromWords, toWords, betweenWords, andWords, months, weekdays,
                spelledDays, notACount));
        if (NIGHTS.containsKey(language)) {
            rules.add(nightRule(language, months));
        }
    }

    static DateRanges of(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        Postpositions postpositions = null;
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if (fields[0].equals(code)) {
                postpositions = fields.length > 5 && fields[5].equals("after") ? new Postpositions(fields[1],
                        fields[2], fields[3], fields[4]) : null;
            }
        }
        String[] words = words(code);
        ULocale locale = ULocale.forLanguageTag(language);
        return new DateRanges(words[0], words[1], words[2], words[3], postpositions,
                NowEnds.of(language, ATTACHED.contains(code)), MonthNames.of(language),
                Weekdays.names(locale).keySet(), SpelledDays.days(locale), ATTACHED.contains(code),
                AND_AS_PREFIX.contains(code), RuleBasedDateExtractor.notACountAfter(language), code);
    }

    /**
     * The folded regex alternations of the language's words for "from", "to", "between" and "and" before the dates
     * ({@code range-words.tsv}, English where it has no line); one that matches nowhere where it writes none.
     */
    private static String[] words(String language) {
        String[] words = {"from", "to", "between", "and"};
        boolean after = false;
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if (fields[0].equals(language)) {
                words = new String[] {TextFolding.fold(fields[1]), TextFolding.fold(fields[2]),
                    TextFolding.fold(fields[3]), TextFolding.fold(fields[4])};
                after = fields.length > 5 && fields[5].equals("after");
            }
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].equals(NO_WORD) || after ? NEVER : words[i];
        }
        return words;
    }

    /** "from %s to %s", "%s–%s": a range's two dates joined by the words given (alternations) or a dash. */
    private static String fromTo(String fromWords, String toWords) {
        return "(?:(?:\\b(?:" + fromWords + ")\\s+" + ARTICLE + ")?%s(?:" + DASH + "|\\s+(?:" + toWords + ")\\s+"
                + ARTICLE + ")%s)";
    }

    /** "between %s and %s": a range's two dates joined by the words given (alternations). */
    private static String betweenAnd(String betweenWords, String andWords) {
        return "(?:\\b(?:" + betweenWords + ")\\s+" + ARTICLE + "%s\\s+(?:" + andWords + ")\\s+" + ARTICLE + "%s)";
    }

    /**
     * What opens a range in {@code language} before its second date, "from the 4th to ", "4–", "between the 4th and ",
     * with the first date as {@code first} in the one form and {@code firstAgain} in the other (regexes that name
     * their groups apart): the rules of another class that reads the second date put it before theirs.
     */
    static String opening(String language, String first, String firstAgain) {
        String[] words = words(language);
        return "(?:" + fromTo(words[0], words[1]).formatted(first, "") + "|"
                + betweenAnd(words[2], words[3]).formatted(firstAgain, "") + ")";
    }

    /** The first words of the language's words that open a range ("from", "between"), for a rule's {@link Start}. */
    static List<String> openingWords(String language) {
        String[] words = words(language);
        return Stream.of(words[0], words[2]).filter(word -> !word.equals(NEVER))
                .flatMap(alternation -> Arrays.stream(alternation.split("\\|")))
                .map(word -> word.split(" ")[0]).toList();
    }

    /** The patterns of ranges that write their shared month or year once. */
    List<DateRule> rules() {
        return rules;
    }

    /**
     * Joins neighbouring mentions that the text makes a range, "now" among them; the rest stay as they are, and a
     * "now" that is no end of a range is dropped.
     */
    List<DateMention> join(String text, MatchStarts starts, List<DateMention> mentions, LocalDateTime reference) {
        String folded = starts.text();
        List<DateMention> nows = nowEnds.candidates(text, starts, mentions, reference.toLocalDate());
        List<DateMention> sorted = NowEnds.merged(mentions, nows);
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention first = sorted.get(i);
            DateMention second = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            Optional<DateMention> range = second == null ? Optional.empty()
                    : range(text, folded, first, second, nows.contains(second), reference.toLocalDate());
            if (range.isPresent()) {
                joined.add(range.get());
                i++;
            } else {
                joined.add(first);
            }
        }
        joined.removeAll(nows);
        return joined;
    }

    private Optional<DateMention> range(String text, String folded, DateMention first, DateMention second,
                                        boolean toNow, LocalDate reference) {
        if (first.granularity() != second.granularity()) {
            Optional<List<DateMention>> aligned = MixedGrainEnds.atFinerGrain(first, second);
            if (aligned.isEmpty()) {
                return Optional.empty();
            }
            first = aligned.get().get(0);
            second = aligned.get().get(1);
        }
        // "from early June to late July" runs from June to July: the parts its ends name are finer than its grain
        if (!JOINED.contains(first.granularity())
                || first.rangeEnd() != null
                || second.rangeEnd() != null || first.inReferences() != second.inReferences()) {
            return Optional.empty();
        }
        String gap = folded.substring(first.end(), second.start());
        Optional<Integer> postpositional = postpositions == null ? Optional.empty()
                : postpositions.range(folded, first, second);
        if (postpositional.isPresent()) {
            return joined(text, first, second, first.start(), postpositional.get(), reference);
        }
        if (gap.startsWith(".") && Character.isLetter(folded.charAt(first.end() - 1))) {
            // the dot of an abbreviated month ("21 de Dic. a 6 de Ene") is not between the two
            gap = gap.substring(1);
        }
        String before = folded.substring(Math.max(0, first.start() - 30), first.start());
        boolean joinedByAnd = !dashOrTo.matcher(gap).matches();
        if (joinedByAnd && !and.matcher(gap).matches()) {
            return Optional.empty();
        }
        Matcher opening = (joinedByAnd ? between : from).matcher(before);
        boolean opened = opening.find();
        // a word joins a date to now only in a range a word opens ("từ năm 2010 đến nay"; a dash needs none,
        // "1990–present"): "xảy ra năm 2010 đến nay vẫn chưa xử" happened in 2010, and is not tried to this day
        if (toNow && !opened && gap.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Matcher closing = betweenAfter == null ? null : betweenAfter.matcher(folded.substring(second.end(),
                Math.min(folded.length(), second.end() + MAX_CLOSING)));
        boolean closed = joinedByAnd && !opened && closing != null && closing.find();
        if (joinedByAnd && !opened && !closed) {
            return Optional.empty();
        }
        int begin = opened ? first.start() - before.length() + opening.start() : first.start();
        return joined(text, first, second, begin, closed ? second.end() + closing.end() : second.end(),
                reference);
    }

    /** One mention from {@code begin} to {@code finish} of the range from {@code first} to {@code second}. */
    private static Optional<DateMention> joined(String text, DateMention first, DateMention second, int begin,
            int finish, LocalDate reference) {
        String start;
        String end;
        if (namedDaysOfAWeek(first, second)) {
            LocalDate[] days = inOneWeek(LocalDate.parse(first.value()), LocalDate.parse(second.value()), reference);
            start = days[0].toString();
            end = days[1].toString();
        } else {
            end = yearFromFirst(first, second, endAfterFirst(first, monthFromFirst(first, second)));
            start = yearFromSecond(first, end);
        }
        if (start.compareTo(end) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new DateMention(text.substring(begin, finish), begin, finish, start,
                first.granularity(), null, end, first.inReferences()));
    }

    /**
     * "7월 13일 - 15일", "1995年1月4日から22日まで", "entre le 13 et le 18": a second day written with its number alone is
     * in the first's month, or the next where it would come before the first ("entre le 28 et le 3").
     */
    private static DateMention monthFromFirst(DateMention first, DateMention second) {
        if (first.granularity() != Granularity.DAY || !DAY_ALONE.matcher(second.text()).matches()
                && !DAY_AFTER_ARTICLE.matcher(second.text()).matches()) {
            return second;
        }
        LocalDate start = LocalDate.parse(first.value());
        int day = Integer.parseInt(second.value().substring(MONTH_LENGTH + 1));
        YearMonth month = YearMonth.from(start).plusMonths(day < start.getDayOfMonth() ? 1 : 0);
        if (!month.isValidDay(day)) {
            return second;
        }
        return new DateMention(second.text(), second.start(), second.end(), month.atDay(day).toString(),
                second.granularity(), second.modifier(), second.rangeEnd(), second.inReferences());
    }

    /**
     * "from 1 April 2014 to 3 May", "2020年6月から7月まで": a second day or month written with digits but without its
     * year takes the first's, or the next year where that would put it before the first.
     */
    private static String yearFromFirst(DateMention first, DateMention second, String end) {
        if (first.granularity() == Granularity.YEAR || !HAS_YEAR.matcher(first.text()).find()
                || HAS_YEAR.matcher(second.text()).find() || !DIGIT.matcher(second.text()).find()) {
            return end;
        }
        String sameYear = first.value().substring(0, 4) + end.substring(4);
        return sameYear.compareTo(first.value()) > 0 ? sameYear : yearsLater(end.substring(4), sameYear, 1);
    }

    /**
     * "from Monday to Wednesday", each end named without digits and read on its own (the tense may have moved either):
     * two days less than a week apart.
     */
    private static boolean namedDaysOfAWeek(DateMention first, DateMention second) {
        if (first.granularity() != Granularity.DAY || second.granularity() != Granularity.DAY
                || DIGIT.matcher(first.text()).find() || DIGIT.matcher(second.text()).find()
                || !ResolvedDate.isDay(first.value()) || !ResolvedDate.isDay(second.value())) {
            return false;
        }
        long apart = ChronoUnit.DAYS.between(LocalDate.parse(first.value()), LocalDate.parse(second.value()));
        return Math.abs(apart) < DAYS_IN_A_WEEK;
    }

    /**
     * Two named days of a week, the second the first such day after the first ("from Friday to Monday"): where the
     * second came out before the first, the range is the coming one if its first day is still to come, else the last.
     */
    private static LocalDate[] inOneWeek(LocalDate first, LocalDate second, LocalDate reference) {
        if (!second.isBefore(first)) {
            return new LocalDate[] {first, second};
        }
        return first.isAfter(reference) ? new LocalDate[] {first, second.plusWeeks(1)}
                : new LocalDate[] {first.minusWeeks(1), second};
    }

    /** "from 1 April to 3 May 2014": a first day written without its year takes the second's. */
    private static String yearFromSecond(DateMention first, String end) {
        if (first.granularity() != Granularity.DAY || HAS_YEAR.matcher(first.text()).find()
                || threeDigitYearWritten(first)) {
            return first.value();
        }
        String sameYear = end.substring(0, 4) + first.value().substring(4);
        return sameYear.compareTo(end) < 0 ? sameYear : yearsLater(first.value().substring(4), end, -1);
    }

    /** Whether a day's year has three digits and is written in its text: "16 avril 778" (0778-04-16). */
    private static boolean threeDigitYearWritten(DateMention day) {
        String year = day.value().substring(1, 4);
        return day.value().charAt(0) == '0' && year.charAt(0) != '0'
                && THREE_DIGITS.matcher(day.text()).results().anyMatch(written -> written.group().equals(year));
    }

    /**
     * "between 1 December and 4 February", "from November to March", "5月から3月まで", no year written: the second day
     * or month is the first one after the first. A named day ("today", "Christmas") stays where its name puts it.
     */
    private static String endAfterFirst(DateMention first, DateMention second) {
        boolean namedDay = first.granularity() == Granularity.DAY
                && (!DIGIT.matcher(first.text()).find() || !DIGIT.matcher(second.text()).find());
        if (!DAY_OR_MONTH.contains(first.granularity()) || namedDay
                || HAS_YEAR.matcher(first.text()).find() || HAS_YEAR.matcher(second.text()).find()
                || first.value().compareTo(second.value()) < 0) {
            return second.value();
        }
        return yearsLater(second.value().substring(4), second.value(), 1);
    }

    /** The month and day {@code monthDay} ("-12-01") in the year {@code years} after that of {@code dated}. */
    private static String yearsLater(String monthDay, String dated, int years) {
        return String.format("%04d", Integer.parseInt(dated.substring(0, 4)) + years) + monthDay;
    }

    private static List<DateRule> sharedPartRules(String fromWords, String toWords, String betweenWords,
            String andWords, MonthNames months, Set<String> weekdays, Map<String, Integer> spelled, String notACount) {
        String day = RuleBasedDateExtractor.DAY;
        String firstDay = day.replace("<day>", "<day1>");
        String ordinal = RuleBasedDateExtractor.ORDINAL_SUFFIX;
        String year = RuleBasedDateExtractor.YEAR;
        String notNumberBefore = RuleBasedDateExtractor.NOT_NUMBER_BEFORE;
        String notNumberAfter = RuleBasedDateExtractor.NOT_NUMBER_AFTER;
        String month = "(?<month>" + months.alternation() + ")";
        String firstMonth = "(?<month1>" + months.alternation() + ")";
        String fromTo = fromTo(fromWords, toWords);
        String betweenAnd = betweenAnd(betweenWords, andWords);
        String fromToInWords = "(?:\\b(?:" + fromWords + ")\\s+" + ARTICLE + "%s\\s+(?:" + toWords + ")\\s+"
                + ARTICLE + "%s)";
        Function<Matcher, Integer> monthName = m -> months.number(m.group("month"));
        List<String> betweens = List.of(betweenWords.split("\\|"));
        List<String> openings = List.of((fromWords + "|" + betweenWords).split("\\|"));
        String weekday = "(?:\\b" + Alternation.notAtDigit(weekdays) + "\\s+)?";
        String inWords = spelled.isEmpty() ? ""
                : "|\\b(?<spelled%s>" + Alternation.notAtDigit(spelled.keySet()) + ")\\b";
        List<DateRule> rules = new ArrayList<>();
        // every match of "between … and …" opens with its word; "from" may be left out ("4 to 6 May")
        for (boolean opensWithWord : List.of(false, true)) {
            String joint = opensWithWord ? betweenAnd : fromTo;
            String days = joint.formatted(weekday + "(?:" + notNumberBefore + firstDay + ordinal + inWords.formatted(1)
                    + ")", weekday + "(?:" + day + ordinal + inWords.formatted(2) + ")");
            rules.add(DateRule.of(opensWithWord ? Start.words(betweens)
                    : Start.words(openings, weekdays, spelled.keySet()).orNumbers(Start.DAY),
                    days + "\\s+" + RuleBasedDateExtractor.DAY_OF_MONTH + month + "\\b(?:\\.?(?:\\s+(?:de|του))?,?\\s+"
                    + year + ")?" + notNumberAfter, (m, reference) -> days(m, monthName, reference, spelled)));
            rules.add(DateRule.of(Start.words(months.forms()),
                    "\\b" + month + "\\.?\\s+" + joint.formatted(firstDay + ordinal, day + ordinal)
                    + "(?:,?\\s+" + year + ")?" + notNumberAfter + "(?!\\p{L})",
                    (m, reference) -> days(m, monthName, reference, spelled)));
            rules.add(DateRule.of(opensWithWord ? Start.words(betweens) : Start.words(openings, months.forms()),
                    joint.formatted("\\b" + firstMonth, month) + "\\b\\.?\\s+(?:of\\s+|in\\s+|de\\s+|του\\s+)?"
                    + year + notNumberAfter, (m, reference) -> months(m, months)));
        }
        // a night told by the two days it spans, "the night of 14/15 April 1912": two days, not a day and a month
        rules.add(DateRule.of(Start.DIGIT, notNumberBefore + firstDay + "/" + day + "\\s+" + month + "\\b(?:,?\\s+"
                + year + ")?" + notNumberAfter, (m, reference) -> days(m, monthName, reference, spelled)));
        // the word for "between" may stand before the month too: "between July 17 and 19", not a list of two days,
        // nor "between May 3 and 4 million people", whose second number counts
        rules.add(DateRule.of(Start.words(openings), betweenAnd.formatted("\\b" + month + "\\.?\\s+" + firstDay
                + ordinal, day + ordinal) + notACount + "(?:,?\\s+" + year + ")?" + notNumberAfter + "(?!\\p{L})",
                (m, reference) -> days(m, monthName, reference, spelled)));
        // months without a year only between range words, as a month's name alone may be a word ("May", "mars")
        for (String joint : List.of(fromToInWords, betweenAnd)) {
            rules.add(DateRule.of(Start.words(openings), joint.formatted("\\b" + firstMonth, month)
                    + "\\b(?!\\.?,?\\s+(?:(?:of|in|de|του)\\s+)?\\p{N})",
                    (m, reference) -> monthsInReferenceYear(m, months, reference)));
        }
        // Chinese and Japanese write the 年 of two years once, after the second: "2020から2021年", "1995-1997年";
        // two years in a row listed are the span they make ("2020・2021年", "2020年・2021年", "2020、2021年"), but not
        // after "2020年、", which may set the time of its clause: "2020年、2021年への延期が決まった"
        String firstYear = notNumberBefore + year.replace("<year>", "<year1>");
        rules.add(DateRule.of(Start.DIGIT, firstYear + "(?:" + DASH + "|\\s*(?:" + toWords + ")\\s*)" + year + "\\s*年",
                (m, reference) -> yearRange(m, Integer.MAX_VALUE)).requiring("年"));
        rules.add(DateRule.of(Start.DIGIT, firstYear + "\\s*(?:年?\\s*・|、)\\s*" + year + "\\s*年",
                (m, reference) -> yearRange(m, 1)).requiring("年"));
        // and the 月 of two months, as reports count the months of a year so far: "1-5月", "2019年1至9月"
        rules.add(DateRule.of(Start.DIGIT, "(?:" + year + "\\s*年\\s*)?" + notNumberBefore
                + "(?<month1>1[0-2]|0?[1-9])(?:" + DASH + "|\\s*(?:" + toWords + ")\\s*)(?<month>1[0-2]|0?[1-9])\\s*月"
                + "(?!\\s*\\d)", (m, reference) -> monthRange(m.group("year") != null ? m.group("year")
                        : String.valueOf(reference.getYear()), Integer.parseInt(m.group("month1")),
                        Integer.parseInt(m.group("month")))).requiring("月"));
        String viMonth = "(?<month>1[0-2]|0?[1-9])";
        rules.add(DateRule.of(Start.words(List.of("tu", "ngay")).orNumbers(Start.DAY),
                "(?:\\btu\\s+)?(?:ngay\\s+)?" + notNumberBefore + NOT_MONTH_NUMBER + firstDay + "(?:" + DASH
                + "|\\s+(?:đen|toi)\\s+)(?:ngay\\s+)?" + day + "\\s+thang\\s+" + viMonth + "(?:(?:\\s*,)?\\s+nam\\s+"
                + year + ")?" + notNumberAfter, (m, reference) -> days(m, g -> Integer.parseInt(g.group("month")),
                reference, Map.of())).requiring("thang"));
        // and with the second day written in digits after "ngày", "từ ngày 20 đến 22/10/2022", "ngày 20-22/10" (not
        // "từ 8 đến 9/10", a score)
        rules.add(DateRule.of(Start.words(List.of("tu", "ngay")),
                "(?:\\btu\\s+)?\\bngay\\s+" + notNumberBefore + firstDay + "(?:" + DASH
                + "|\\s+(?:đen|toi)\\s+)(?:ngay\\s+)?" + day + "/" + viMonth + "(?:/" + year + ")?" + notNumberAfter
                + "(?![/\\p{N}])", (m, reference) -> days(m, g -> Integer.parseInt(g.group("month")), reference,
                Map.of())));
        rules.add(DateRule.of(Start.words(List.of("tu", "thang")),
                "(?:\\btu\\s+)?thang\\s+(?<month1>1[0-2]|0?[1-9])(?:" + DASH + "|\\s+(?:đen|toi)\\s+)thang\\s+"
                + viMonth + "(?:\\s*,)?\\s+nam\\s+" + year + notNumberAfter,
                (m, reference) -> {
                    int first = Integer.parseInt(m.group("month1"));
                    int last = Integer.parseInt(m.group("month"));
                    return monthRange(m.group("year"), first, last);
                }).requiring("thang"));
        return rules;
    }

    /**
     * A night told by the two days it spans after the word for it, "in der Nacht vom 3. auf den 4. Dezember 1943",
     * "в ночь с 3 на 4 декабря": the range of its two days.
     */
    private static DateRule nightRule(String language, MonthNames months) {
        String ordinal = RuleBasedDateExtractor.ORDINAL_SUFFIX;
        String month = "(?<month>" + months.alternation() + ")";
        return DateRule.of(Start.words(NIGHT_FROM.get(language)), "(?<=(?<![\\p{L}\\p{N}])(?:"
                + Alternation.of(NIGHTS.get(language)) + ")\\s{1,3})(?:" + Alternation.of(NIGHT_FROM.get(language))
                + ")\\s+" + RuleBasedDateExtractor.NOT_NUMBER_BEFORE + RuleBasedDateExtractor.DAY.replace("<day>",
                "<day1>") + ordinal + "\\s+(?:" + Alternation.of(NIGHT_TO.get(language)) + ")\\s+"
                + RuleBasedDateExtractor.DAY + ordinal + "\\s+" + month + "\\b(?:\\.?,?\\s+"
                + RuleBasedDateExtractor.YEAR + ")?" + RuleBasedDateExtractor.NOT_NUMBER_AFTER,
                (m, reference) -> days(m, g -> months.number(g.group("month")), reference, Map.of()));
    }

    private static Optional<ResolvedDate> days(Matcher m, Function<Matcher, Integer> month, LocalDateTime reference,
                                               Map<String, Integer> spelled) {
        int first = day(m, "day1", "spelled1", spelled);
        int last = day(m, "day", "spelled2", spelled);
        if (last <= first) {
            return Optional.empty();
        }
        try {
            int year = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : ReferenceYear.day(month.apply(m), first, reference.toLocalDate())
                            .map(d -> Integer.parseInt(d.value().substring(0, 4))).orElseThrow();
            LocalDate start = LocalDate.of(year, month.apply(m), first);
            LocalDate end = LocalDate.of(year, month.apply(m), last);
            ResolvedDate range = new ResolvedDate(start.toString(), Granularity.DAY, null, end.toString());
            // without its year, a history's range is in the year told before it ("Entre el 10 y el 20 de julio")
            return Optional.of(m.group("year") != null ? range : range.yearless());
        } catch (DateTimeException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The day in digits, else in words. */
    private static int day(Matcher m, String digits, String inWords, Map<String, Integer> spelled) {
        return m.group(digits) != null ? Integer.parseInt(m.group(digits))
                : spelled.get(m.group(inWords).replaceAll("\\s+", " "));
    }

    private static Optional<ResolvedDate> months(Matcher m, MonthNames months) {
        return monthRange(m.group("year"), months.number(m.group("month1")), months.number(m.group("month")));
    }

    /** The first month in the reference's year, the last one after it, in the next year if need be. */
    private static Optional<ResolvedDate> monthsInReferenceYear(Matcher m, MonthNames months,
                                                                LocalDateTime reference) {
        YearMonth first = YearMonth.parse(ReferenceYear.month(months.number(m.group("month1")),
                reference.toLocalDate(), null).value());
        YearMonth last = first.withMonth(months.number(m.group("month")));
        last = last.isAfter(first) ? last : last.plusYears(1);
        return Optional.of(new ResolvedDate(first.toString(), Granularity.MONTH, null, last.toString()).yearless());
    }

    /** The years from {@code year1} to {@code year}, when the second is later by at most {@code longest} years. */
    private static Optional<ResolvedDate> yearRange(Matcher m, int longest) {
        int years = Integer.parseInt(m.group("year")) - Integer.parseInt(m.group("year1"));
        return years > 0 && years <= longest
                ? Optional.of(new ResolvedDate(m.group("year1"), Granularity.YEAR, null, m.group("year")))
                : Optional.empty();
    }

    /** Months of the year written once; a first month after the last is in the year before ("Nov–Feb 2017"). */
    private static Optional<ResolvedDate> monthRange(String year, int first, int last) {
        if (first < 1 || last > 12 || last == first) {
            return Optional.empty();
        }
        int firstYear = Integer.parseInt(year) - (last < first ? 1 : 0);
        return Optional.of(new ResolvedDate(String.format("%04d-%02d", firstYear, first), Granularity.MONTH, null,
                String.format("%s-%02d", year, last)));
    }
}
