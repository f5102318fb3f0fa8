package dev.polychron.nlp.dates;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Style;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.PhraseMatcher;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Relative expressions in every language CLDR covers, read from ICU's relative date-time formatter rather than typed
 * by hand: "yesterday", "hôm qua", "χθες"; "next week", "tuần sau"; "last Monday"; "3 days ago", "3 ngày trước",
 * "in 2 weeks", "πριν από 3 ημέρες", with the count also in words ("three weeks ago", "il y a trois jours"), and the
 * forms CLDR leaves out from {@code relative-words.tsv} ("the day after tomorrow", "του χρόνου", "năm tới"). Each
 * resolves against the reference moment.
 */
final class RelativeDates {

    /**
     * Han chars before which 上 ("last") and 下 ("next") belong to another word: 晚上 (evening), 线上 (online), 楼下
     * (downstairs), 以下 (below), 马上 (at once), so that "课程线上周一开始" has no "last week".
     */
    static final String HAN_COMPOUND_HEADS = "晚早马馬线線网網楼樓以地一天手底私乡鄉北南身桌";
    private static final String UP_OR_DOWN = "上下";
    private static final int[] SAMPLE_COUNTS = {1, 2, 3, 5, 11, 21, 100};
    private static final String COUNT_MARK = "\u0000";
    private static final int MAX_COUNT_DIGITS = 4;
    private static final int FOUR_DIGITS = 1000;
    private static final Map<AbsoluteUnit, DayOfWeek> WEEKDAYS = Map.of(
            AbsoluteUnit.MONDAY, DayOfWeek.MONDAY, AbsoluteUnit.TUESDAY, DayOfWeek.TUESDAY,
            AbsoluteUnit.WEDNESDAY, DayOfWeek.WEDNESDAY, AbsoluteUnit.THURSDAY, DayOfWeek.THURSDAY,
            AbsoluteUnit.FRIDAY, DayOfWeek.FRIDAY, AbsoluteUnit.SATURDAY, DayOfWeek.SATURDAY,
            AbsoluteUnit.SUNDAY, DayOfWeek.SUNDAY);
    /**
     * Languages where "next Wednesday" said on a Tuesday is the Wednesday of the week after ("next week's"), as
     * Duckling reads English, Greek, Italian ("mercoledì prossimo"), Georgian ("მომავალ ოთხშაბათს") and Hebrew ("יום
     * רביעי הבא", beside "הקרוב" for the coming one), and Recognizers Hindi ("अगला शुक्रवार", beside "आगामी");
     * elsewhere ("mercredi prochain", "nächsten Mittwoch", "el próximo viernes") it is the coming one.
     */
    static final Set<String> NEXT_WEEK_LANGUAGES = Set.of("en", "el", "it", "he", "hi", "ka");
    /**
     * Languages without an indefinite article, where a unit said without a count counts one, and the directions it
     * does so in: Bulgarian "преди седмица", Russian "через неделю", Czech "před rokem" beside CLDR's "před 1 rokem",
     * Arabic "قبل أسبوع" beside CLDR's "قبل أسبوع واحد"; not Czech "za rok" nor Ukrainian "за тиждень", which are also
     * "per year" and "within a week", nor Arabic "خلال أسبوع" (within a week).
     */
    private static final Map<String, Set<Direction>> ONE_UNSAID = Map.of(
            "bg", Set.of(Direction.LAST, Direction.NEXT), "be", Set.of(Direction.LAST, Direction.NEXT),
            "ru", Set.of(Direction.LAST, Direction.NEXT), "cs", Set.of(Direction.LAST), "uk", Set.of(Direction.LAST),
            "ar", Set.of(Direction.LAST));
    /**
     * Languages whose marks tell apart words that folding makes one, whose words of relative-nouns.tsv are matched as
     * written (in lower case): Vietnamese "những năm sau" (the years after), but "Nhưng năm sau" (But the next year).
     */
    private static final Set<String> MARKS_TELL_WORDS = Set.of("vi");
    /**
     * Words as written that folding makes a phrase's words, by language, in the phrase or opening in it: Vietnamese
     * "tôi" (I), folded as "tới" (next: "Năm tôi mười tuổi" is the year I was ten, not next year), and "tới nay"
     * (until now), folded as "tối nay" (tonight), which also ends "từ đầu năm tới nay" (since the start of the year).
     */
    private static final Map<String, Pattern> FOLDED_ALIKE = Map.of("vi", Pattern.compile(
            "(?<!\\p{L})(?:tôi|tới\\s+nay)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    /** How far after a phrase a word of {@link #FOLDED_ALIKE} that opens in it may end. */
    private static final int FOLDED_ALIKE_REACH = 8;
    /** Languages that write a phrase's words with or without spaces between them: Korean "다음 주", "다음주". */
    private static final Set<String> SPACES_OPTIONAL = Set.of("ko");
    private static final Map<RelativeUnit, TemporalUnit> UNITS = Map.of(
            RelativeUnit.MINUTES, ChronoUnit.MINUTES, RelativeUnit.HOURS, ChronoUnit.HOURS,
            RelativeUnit.DAYS, ChronoUnit.DAYS, RelativeUnit.WEEKS, ChronoUnit.WEEKS,
            RelativeUnit.MONTHS, ChronoUnit.MONTHS, RelativeUnit.QUARTERS, IsoFields.QUARTER_YEARS,
            RelativeUnit.YEARS, ChronoUnit.YEARS);

    /** Counts written in words, as in "three weeks ago", "vor drei Tagen", "il y a trois jours". */
    private static final int MAX_SPELLED_COUNT = 31;
    private static final Map<String, TemporalUnit> WORD_UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "quarter", IsoFields.QUARTER_YEARS, "year", ChronoUnit.YEARS);
    private static final List<String[]> WORDS = DataFiles.lines(RelativeDates.class, "relative-words.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final List<String[]> COUNTED = DataFiles.lines(RelativeDates.class, "counted-phrases.tsv")
            .stream().map(line -> line.split("\t")).toList();
    private static final List<String[]> NOUNS = DataFiles.lines(RelativeDates.class, "relative-nouns.tsv").stream()
            .map(line -> line.split("\t")).toList();

    /**
     * Case endings a language writes on a relative phrase, over folded text: Turkish genitive "gelecek ayın", "-ki"
     * ("geçen haftaki", "dünkü"), dative "bu aya", "haftaya", locative and ablative "bu ayda", "geçen yıldan"; after
     * a vowel with its buffer consonant ("haftanın", "haftaya"), so that "dünya" (world) is not "dün" (yesterday);
     * Marathi locative and genitive written as a vowel sign on the word ("मागील वर्षी", "पुढील वर्षीचा").
     */
    private static final Map<String, Pattern> ENDINGS = Map.of("tr",
            Pattern.compile("'?(?:[dt][ae](?:ki|n)?|k[iu]|(?<=[aeıiou])n?(?:[ıiu]n|y[ae])|(?<![aeıiou])(?:[ıiu]n|[ae]))"
                    + "(?![\\p{L}\\p{N}])"),
            "mr", Pattern.compile("ी(?:च[ाीे])?(?![\\p{L}\\p{N}\\p{M}])"));

    /**
     * A hyphen and a word after a phrase's unit, which make it part of another word: "a year-long campaign", "the
     * next day-old loaves", "year-round"; not the period's own end ("last year-end", "this week-end").
     */
    private static final Pattern COMPOUND_AFTER = Pattern.compile("(?U)-(?!end(?!\\p{L}))\\p{L}");

    /**
     * What makes a phrase that ends in "before" or "after" a conjunction, by language, as written: Vietnamese "khi"
     * ("hai tháng trước khi bắt đầu", two months before starting; not "khí", gas); and Hebrew "מאז" (since), which
     * makes "שעברה" the verb of a clause ("השנה שעברה מאז מותו", the year that has passed since his death, neither
     * last year nor this one).
     */
    private static final Map<String, Pattern> CONJUNCTION_AFTER = Map.of("vi", Pattern.compile("\\s+khi(?!\\p{L})"),
            "he", Pattern.compile("(?:(?<=שעבר|שעברה)|\\s+שעברה?)\\s+מאז(?!\\p{L})"));

    /** The word for light after a count of years, which makes them a distance: "cách đây 40 năm ánh sáng", "años luz". */
    private static final Pattern LIGHT_AFTER = Pattern.compile("\\s+(?:anh sang|luz|luce)(?![\\p{L}\\p{N}])");

    /** Two words or more, each capitalised: "Last Night", "This Morning". */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+");
    /** A capitalised word after it, not a part of the day ("Next Tuesday Evening" in a headline). */
    private static final Pattern CAPITALISED_AFTER = Pattern.compile(
            "\\s+(?:(?:of the|of|with|and)\\s+)?(?!(?:Night|Evening|Morning|Afternoon)\\b)\\p{Lu}");

    private static final Map<String, List<String>> PARTICLES = DataFiles.foldedWordsByLanguage(RelativeDates.class,
            "particles.tsv");

    /** The particles that {@code particles.tsv} says the language writes against the word before them. */
    static List<String> particles(String language) {
        return PARTICLES.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), List.of());
    }

    private final PhraseMatcher<List<Phrase>> phrases;
    private final Map<String, Integer> spelledCounts;
    /** Relative words that the word before them makes a noun, with those words ("am Morgen"). */
    private final Map<String, Set<String>> nounsAfter;
    private final Pattern ending;
    private final List<String> particles;
    /**
     * Whether four digits before the unit of years are the year, as Chinese and Japanese write it: "2018年前" is before
     * 2018, "2010年之后" after 2010, "2000年前後" around 2000.
     */
    private final boolean yearsWrittenAsCounts;
    /** What may follow a weekday's phrase: not what makes its name another word ("上周一次", once last week). */
    private final Pattern weekdayEnd;
    /** A date after a weekday, which names that day itself (see {@link RelativeWeekdays#dateAfter}). */
    private final Pattern dateAfter;
    /** Words of {@link #FOLDED_ALIKE} in the language, or null. */
    private final Pattern foldedAlike;
    /** The language's {@link #CONJUNCTION_AFTER}, or null. */
    private final Pattern conjunctionAfter;

    private RelativeDates(PhraseMatcher<List<Phrase>> phrases, Map<String, Integer> spelledCounts,
                          Map<String, Set<String>> nounsAfter, Pattern ending, List<String> particles,
                          boolean yearsWrittenAsCounts, Pattern weekdayEnd, Pattern dateAfter, Pattern foldedAlike,
                          Pattern conjunctionAfter) {
        this.phrases = phrases;
        this.spelledCounts = spelledCounts;
        this.nounsAfter = nounsAfter;
        this.ending = ending;
        this.particles = particles;
        this.yearsWrittenAsCounts = yearsWrittenAsCounts;
        this.weekdayEnd = weekdayEnd;
        this.dateAfter = dateAfter;
        this.foldedAlike = foldedAlike;
        this.conjunctionAfter = conjunctionAfter;
    }

    /**
     * Relative expressions of {@code text}, read in its folded form {@code folded} (see {@link TextFolding}), resolved
     * against {@code reference}.
     */
    List<Found> find(String text, String folded, LocalDateTime reference) {
        List<Found> found = new ArrayList<>();
        for (PhraseMatcher.Hit<List<Phrase>> hit : phrases.find(folded)) {
            for (Phrase phrase : hit.value()) {
                phrase.locate(folded, hit.start(), hit.end(), spelledCounts)
                        .map(at -> withEnding(folded, at))
                        .filter(at -> (bounded(folded, at.start(), at.end())
                                || beforeParticle(folded, at.start(), at.end(), particles))
                                && !noun(text, folded, at.start(), at.end())
                                && !yearAsCount(phrase, at) && !lightYears(phrase, folded, at.end())
                                && weekdayEnds(phrase, folded, at.end())
                                && !weekdayBeforeDate(folded, phrase, at)
                                && !compoundAfter(phrase, folded, at.end()) && !inTitle(text, at.start(), at.end())
                                && !endsName(text, at.start(), at.end()) && !foldedAlike(text, at)
                                && !(conjunctionAfter != null
                                        && conjunctionAfter.matcher(text).region(at.end(), text.length())
                                                .useTransparentBounds(true).lookingAt()))
                        .ifPresent(at -> found.add(new Found(at.start(), at.end(),
                                phrase.shift().resolve(reference, at.count()))));
            }
        }
        return found;
    }

    private boolean foldedAlike(String text, Located at) {
        if (foldedAlike == null) {
            return false;
        }
        Matcher word = foldedAlike.matcher(text).region(at.start(),
                Math.min(text.length(), at.end() + FOLDED_ALIKE_REACH));
        return word.find() && word.start() < at.end();
    }

    private boolean weekdayEnds(Phrase phrase, String folded, int end) {
        return phrase.shift().weekday() == null || weekdayEnd.matcher(folded).region(end, folded.length()).lookingAt();
    }

    /** Whether the phrase is part of a compound after it; a weekday's hyphen opens a date ("Friday-Jun-15"). */
    private static boolean compoundAfter(Phrase phrase, String folded, int end) {
        return phrase.shift().weekday() == null
                && COMPOUND_AFTER.matcher(folded).region(end, folded.length()).lookingAt();
    }

    private static boolean lightYears(Phrase phrase, String folded, int end) {
        return phrase.shift().unit() == ChronoUnit.YEARS
                && LIGHT_AFTER.matcher(folded).region(end, folded.length()).lookingAt();
    }

    private boolean yearAsCount(Phrase phrase, Located at) {
        return yearsWrittenAsCounts && phrase.shift().counted() && phrase.shift().unit() == ChronoUnit.YEARS
                && at.count() >= FOUR_DIGITS;
    }

    private boolean weekdayBeforeDate(String folded, Phrase phrase, Located at) {
        return phrase.shift().weekday() != null
                && dateAfter.matcher(folded).region(at.end(), folded.length()).lookingAt();
    }

    private boolean noun(String text, String folded, int start, int end) {
        Set<String> before = nounsAfter.get(folded.substring(start, end));
        return before != null && (before.contains(wordBefore(folded, start))
                || before.contains(wordBefore(text, start).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a phrase of two words or more is part of a title: its words all capitalised after a word that is not,
     * with a capitalised word after it or after "of the", "with", "and" ("watched Last Night of the Proms", "hosts of
     * This Morning with Holly"). Not at a sentence's start, nor within a headline's capitals ("Bill Passed Last Week").
     */
    private static boolean inTitle(String text, int start, int end) {
        String before = wordBefore(text, start);
        return !before.isEmpty() && Character.isLowerCase(before.codePointAt(0))
                && CAPITALISED_WORDS.matcher(text).region(start, end).matches()
                && CAPITALISED_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether a word written capitalised ends a name after another capitalised word of its sentence, which a word in
     * lower case opens: "according to USA Today", "in Physics Today", "on NBC's Today show"; not after a word that ends
     * a sentence or a line ("…rose. Today, …"), nor in a headline's capitals ("Polls Open In Scotland Today").
     */
    private static boolean endsName(String text, int start, int end) {
        if (!Character.isUpperCase(text.codePointAt(start)) || text.substring(start, end).chars()
                .anyMatch(Character::isWhitespace)) {
            return false;
        }
        int tokenEnd = start;
        while (tokenEnd > 0 && (text.charAt(tokenEnd - 1) == ' ' || text.charAt(tokenEnd - 1) == '\t')) {
            tokenEnd--;
        }
        int tokenStart = tokenEnd;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String wordBefore = wordBefore(text, tokenStart);
        return tokenEnd < start && tokenStart < tokenEnd && Character.isUpperCase(text.codePointAt(tokenStart))
                && Character.isLetterOrDigit(text.charAt(tokenEnd - 1))
                && !wordBefore.isEmpty() && Character.isLowerCase(wordBefore.codePointAt(0));
    }

    /** The word right before {@code start}, with only spaces between, or "". */
    static String wordBefore(String text, int start) {
        int wordEnd = start;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, wordEnd);
    }

    /** The phrase found {@code at}, with the case ending the language writes on it, if it has one. */
    private Located withEnding(String folded, Located at) {
        if (ending == null) {
            return at;
        }
        Matcher m = ending.matcher(folded).region(at.end(), folded.length()).useTransparentBounds(true);
        return m.lookingAt() ? new Located(at.start(), m.end(), at.count()) : at;
    }

    /** Whether the word that {@code [start, end)} begins goes on after it with one of the language's particles only. */
    static boolean beforeParticle(String text, int start, int end, List<String> particles) {
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return particles.contains(text.substring(end, wordEnd)) && bounded(text, start, wordEnd);
    }

    /** A date expression found at {@code [start, end)} of the text. */
    record Found(int start, int end, ResolvedDate date) {
    }

    private static Map<String, Set<String>> nounsAfter(String language) {
        Map<String, Set<String>> nouns = new HashMap<>();
        for (String[] row : NOUNS) {
            if (row[0].equals(language)) {
                nouns.put(TextFolding.fold(row[1]), Arrays.stream(row[2].split("\\|"))
                        .map(word -> MARKS_TELL_WORDS.contains(language) ? word : TextFolding.fold(word))
                        .collect(Collectors.toSet()));
            }
        }
        return nouns;
    }

    static RelativeDates of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Shift> fixed = new LinkedHashMap<>();
        Map<String, Shift> counted = new LinkedHashMap<>();
        for (Style style : Style.values()) {
            RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(locale, null, style,
                    DisplayContext.CAPITALIZATION_NONE);
            addDays(formatter, fixed);
            addCalendarUnits(formatter, fixed);
            addWeekdays(formatter, fixed, NEXT_WEEK_LANGUAGES.contains(locale.getLanguage()),
                    Weekdays.readAlone(locale) ? Weekdays.names(locale).keySet() : Set.of());
            addCounts(formatter, NumberFormat.getInstance(locale), fixed, counted,
                    ONE_UNSAID.getOrDefault(locale.getLanguage(), Set.of()),
                    SpelledNumbers.cardinals(locale, 1).keySet());
        }
        addWords(locale, fixed);
        addWithoutPrefixes(MonthNames.prefixes(locale.getLanguage()), fixed);
        addCountedPhrases(locale, fixed, counted, twoWords(locale));
        if (SPACES_OPTIONAL.contains(locale.getLanguage())) {
            addWithoutSpaces(fixed);
            addWithoutSpaces(counted);
        }
        Map<String, List<Phrase>> keys = new LinkedHashMap<>();
        fixed.forEach((phrase, shift) -> keys.computeIfAbsent(phrase, k -> new ArrayList<>())
                .add(new Phrase(shift, null, null)));
        counted.forEach((template, shift) -> {
            String[] parts = template.split(COUNT_MARK, 2);
            String key = parts[1].length() >= parts[0].length() ? parts[1] : parts[0];
            keys.computeIfAbsent(key, k -> new ArrayList<>()).add(new Phrase(shift, parts[0], parts[1]));
        });
        return new RelativeDates(new PhraseMatcher<>(keys), SpelledNumbers.counts(locale, MAX_SPELLED_COUNT),
                nounsAfter(locale.getLanguage()), ENDINGS.get(locale.getLanguage()), particles(language),
                DateRanges.UNSPACED.contains(locale.getLanguage()), Pattern.compile(Weekdays.notAnotherWord(locale)),
                Pattern.compile(RelativeWeekdays.dateAfter(locale.getLanguage())),
                FOLDED_ALIKE.get(locale.getLanguage()), CONJUNCTION_AFTER.get(locale.getLanguage()));
    }

    private static void addDays(RelativeDateTimeFormatter formatter, Map<String, Shift> fixed) {
        Direction[] directions = {Direction.LAST_2, Direction.LAST, Direction.THIS, Direction.NEXT, Direction.NEXT_2};
        for (int i = 0; i < directions.length; i++) {
            put(fixed, formatter.format(directions[i], AbsoluteUnit.DAY), Shift.of(ChronoUnit.DAYS, i - 2));
        }
    }

    private static void addCalendarUnits(RelativeDateTimeFormatter formatter, Map<String, Shift> fixed) {
        Map<AbsoluteUnit, TemporalUnit> units = Map.of(AbsoluteUnit.WEEK, ChronoUnit.WEEKS,
                AbsoluteUnit.MONTH, ChronoUnit.MONTHS, AbsoluteUnit.QUARTER, IsoFields.QUARTER_YEARS,
                AbsoluteUnit.YEAR, ChronoUnit.YEARS);
        units.forEach((unit, chrono) -> {
            put(fixed, formatter.format(Direction.LAST, unit), Shift.of(chrono, -1));
            put(fixed, formatter.format(Direction.THIS, unit), Shift.of(chrono, 0));
            put(fixed, formatter.format(Direction.NEXT, unit), Shift.of(chrono, 1));
        });
    }

    /**
     * CLDR's "last", "this" and "next" weekday; not a "this" that is one of {@code bareNames} (Norwegian "søndag"),
     * which {@link Weekdays} reads as a weekday alone, leaving it to a date that follows ("søndag 10. februar"), or one
     * after a one-letter preposition (Serbian "у уторак", on Tuesday), which is as bare a weekday as a tense may move.
     */
    private static void addWeekdays(RelativeDateTimeFormatter formatter, Map<String, Shift> fixed,
                                    boolean nextWeek, Set<String> bareNames) {
        WEEKDAYS.forEach((unit, day) -> {
            String lastDay = formatter.format(Direction.LAST, unit);
            put(fixed, lastDay, new Shift(weekUnit(formatter, Direction.LAST, lastDay, false), -1, day, false));
            String thisDay = formatter.format(Direction.THIS, unit);
            if (thisDay != null && !bareNames.contains(TextFolding.fold(thisDay.strip()).replaceFirst(
                    "^\\p{L}\\s+", ""))) {
                put(fixed, thisDay, new Shift(weekUnit(formatter, Direction.THIS, thisDay, false), 0, day, false));
            }
            String nextDay = formatter.format(Direction.NEXT, unit);
            put(fixed, nextDay, new Shift(weekUnit(formatter, Direction.NEXT, nextDay, nextWeek), 1, day, false));
        });
    }

    /**
     * Weeks when the weekday's phrase names the week it is in, as CLDR's Dutch "volgende week vrijdag" and Swedish
     * "fredag förra veckan" do (the phrase holds CLDR's own "volgende week", "förra veckan"), or where the language
     * reads "next Friday" as next week's; else days, the first such weekday before or after the reference.
     */
    private static TemporalUnit weekUnit(RelativeDateTimeFormatter formatter, Direction direction, String phrase,
                                         boolean weekAlways) {
        String week = formatter.format(direction, AbsoluteUnit.WEEK);
        boolean namesWeek = phrase != null && week != null && !week.isBlank()
                && TextFolding.fold(phrase).contains(TextFolding.fold(week));
        return weekAlways || namesWeek ? ChronoUnit.WEEKS : ChronoUnit.DAYS;
    }

    private static void addCounts(RelativeDateTimeFormatter formatter, NumberFormat numbers, Map<String, Shift> fixed,
                                  Map<String, Shift> counted, Set<Direction> oneUnsaid, Set<String> ones) {
        UNITS.forEach((unit, chrono) -> {
            for (Direction direction : new Direction[] {Direction.LAST, Direction.NEXT}) {
                int sign = direction == Direction.LAST ? -1 : 1;
                for (int n : SAMPLE_COUNTS) {
                    String phrase = formatter.format(n, direction, unit);
                    String digits = numbers.format(n);
                    if (phrase == null || phrase.isBlank()) {
                        continue;
                    }
                    String folded = TextFolding.fold(phrase.strip());
                    int at = folded.indexOf(TextFolding.fold(digits));
                    if (at < 0) {
                        put(fixed, phrase, new Shift(chrono, sign * n, null, true));
                        if (n == 1 && oneUnsaid.contains(direction)) {
                            // the count one spelled after its unit, left out: "قبل أسبوع واحد" → "قبل أسبوع"
                            ones.forEach(one -> put(fixed, folded.replaceAll("\\s+" + Pattern.quote(one) + "$", ""),
                                    new Shift(chrono, sign, null, true)));
                        }
                    } else {
                        String template = folded.substring(0, at) + COUNT_MARK + folded.substring(at + digits.length());
                        Shift shift = new Shift(chrono, sign, null, true);
                        counted.putIfAbsent(template, shift);
                        // an abbreviated unit's dot is often left out: Irish "i gceann 12 scht" beside "scht."
                        counted.putIfAbsent(template.replaceAll("\\.$", ""), shift);
                        if (n == 1 && oneUnsaid.contains(direction)) {
                            put(fixed, template.replace(COUNT_MARK, "").replaceAll("\\s+", " "), shift);
                        }
                    }
                }
            }
        });
    }

    /** The phrases that open with a preposition written as a prefix, also without it: Hebrew "שבוע הבא". */
    private static void addWithoutPrefixes(List<String> prefixes, Map<String, Shift> fixed) {
        Map.copyOf(fixed).forEach((phrase, shift) -> prefixes.stream().filter(phrase::startsWith)
                .forEach(prefix -> fixed.putIfAbsent(phrase.substring(prefix.length()), shift)));
    }

    /** Each phrase also written without its spaces: Korean "3일 전" as "3일전". */
    private static void addWithoutSpaces(Map<String, Shift> phrases) {
        Map.copyOf(phrases).forEach((phrase, shift) -> phrases.putIfAbsent(phrase.replace(" ", ""), shift));
    }

    /** The phrases of {@code relative-words.tsv} in the locale's language. */
    private static void addWords(ULocale locale, Map<String, Shift> fixed) {
        WORDS.stream().filter(columns -> columns[0].equals(locale.getLanguage())).forEach(columns -> {
            Shift shift = Shift.of(WORD_UNITS.get(columns[1]), Integer.parseInt(columns[2]));
            for (String phrase : columns[3].split("\\|")) {
                put(fixed, phrase, shift);
            }
        });
    }

    /**
     * The phrases of {@code counted-phrases.tsv} in the locale's language, with each of CLDR's unit names; one
     * without a count counts one unit (Polish "tydzień temu"); one with a count before its unit also with the
     * {@code twoWords} in their place ("منذ يومين").
     */
    private static void addCountedPhrases(ULocale locale, Map<String, Shift> fixed, Map<String, Shift> counted,
                                          Map<String, ChronoUnit> twoWords) {
        Map<String, TemporalUnit> units = new HashMap<>(RelativeSpans.unitNames(locale));
        RelativeSpans.quarterNames(locale).forEach(name -> units.putIfAbsent(name, IsoFields.QUARTER_YEARS));
        Map<String, TemporalUnit> unitsOfOne = new HashMap<>(RelativeSpans.unitNamesOfOne(locale));
        COUNTED.stream().filter(columns -> columns[0].equals(locale.getLanguage())).forEach(columns -> {
            int direction = Integer.parseInt(columns[1]);
            for (String phrase : columns[2].split("\\|")) {
                if (phrase.contains("{n} {unit}")) {
                    twoWords.forEach((two, unit) -> put(fixed, TextFolding.fold(phrase).replace("{n} {unit}", two),
                            new Shift(unit, 2 * direction, null, true)));
                }
                (phrase.contains("{n}") ? units : unitsOfOne).forEach((name, unit) -> {
                    String template = TextFolding.fold(phrase).replace("{unit}", name).replace("{n}", COUNT_MARK);
                    Shift shift = new Shift(unit, direction, null, true);
                    if (template.contains(COUNT_MARK)) {
                        counted.putIfAbsent(template, shift);
                    } else {
                        put(fixed, template, shift);
                    }
                });
            }
        });
    }

    /**
     * The words that say two units without a numeral where CLDR writes them so, as the Arabic dual "يومين" in "قبل
     * يومين" (two days ago): what follows the words CLDR writes before a count of the same unit.
     */
    private static Map<String, ChronoUnit> twoWords(ULocale locale) {
        RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(locale);
        NumberFormat numbers = NumberFormat.getInstance(locale);
        Map<String, ChronoUnit> words = new HashMap<>();
        Map.of(RelativeUnit.DAYS, ChronoUnit.DAYS, RelativeUnit.WEEKS, ChronoUnit.WEEKS, RelativeUnit.MONTHS,
                ChronoUnit.MONTHS, RelativeUnit.YEARS, ChronoUnit.YEARS).forEach((unit, chrono) -> {
                    String two = TextFolding.fold(formatter.format(2, Direction.LAST, unit).strip());
                    String three = TextFolding.fold(formatter.format(3, Direction.LAST, unit).strip());
                    int count = three.indexOf(TextFolding.fold(numbers.format(3)));
                    if (count > 0 && two.startsWith(three.substring(0, count))
                            && !two.contains(TextFolding.fold(numbers.format(2)))) {
                        words.put(two.substring(count), chrono);
                    }
                });
        return words;
    }

    private static void put(Map<String, Shift> fixed, String phrase, Shift shift) {
        if (phrase != null && !phrase.isBlank() && phrase.codePoints().anyMatch(Character::isLetter)) {
            fixed.putIfAbsent(TextFolding.fold(phrase.strip()), shift);
        }
    }

    /**
     * Word boundaries around a match, except where the match or its neighbour is in a script written without spaces
     * between words ("は3日前に").
     */
    static boolean bounded(String text, int start, int end) {
        if (start > 0 && UP_OR_DOWN.indexOf(text.charAt(start)) >= 0
                && HAN_COMPOUND_HEADS.indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        boolean before = start == 0 || !spaced(text.codePointAt(start)) || !spaced(text.codePointBefore(start))
                || !inWord(text.codePointBefore(start));
        boolean after = end == text.length() || !spaced(text.codePointBefore(end)) || !spaced(text.codePointAt(end))
                || !inWord(text.codePointAt(end));
        return before && after;
    }

    /**
     * A letter, a digit, or a Devanagari mark written on a letter: Hindi "आज" (today) is no word of "आज़ादी" (freedom).
     * Not the marks of Bengali, which writes a case ending as one on the phrase's last word ("আগামী মাসে", next month).
     */
    private static boolean inWord(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.DEVANAGARI
                && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    private static boolean spaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }

    /**
     * A phrase to look for: a fixed one ("yesterday") when {@code prefix} is null, else the words around a count
     * ("in " and " weeks"); the matcher finds the longer of the two, and the rest is checked in place.
     */
    private record Phrase(Shift shift, String prefix, String suffix) {

        /** The whole expression around a hit of this phrase's key, with its count, if it is there. */
        Optional<Located> locate(String text, int start, int end, Map<String, Integer> spelledCounts) {
            if (prefix == null) {
                return Optional.of(new Located(start, end, 1));
            }
            if (suffix.length() >= prefix.length()) {
                return countBefore(text, start, spelledCounts)
                        .filter(count -> count.start() >= prefix.length()
                                && text.startsWith(prefix, count.start() - prefix.length()))
                        .map(count -> new Located(count.start() - prefix.length(), end, count.count()));
            }
            return countAfter(text, end, spelledCounts)
                    .filter(count -> text.startsWith(suffix, count.end()))
                    .map(count -> new Located(start, count.end() + suffix.length(), count.count()));
        }

        private static Optional<Located> countBefore(String text, int end, Map<String, Integer> spelledCounts) {
            int start = end;
            while (start > 0 && end - start < MAX_COUNT_DIGITS && UCharacter.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (start < end) {
                return Optional.of(new Located(start, end, digits(text, start, end)));
            }
            return longest(spelledCounts, form -> text.startsWith(form, end - form.length())
                    && bounded(text, end - form.length(), end))
                    .map(form -> new Located(end - form.getKey().length(), end, form.getValue()));
        }

        private static Optional<Located> countAfter(String text, int start, Map<String, Integer> spelledCounts) {
            int end = start;
            while (end < text.length() && end - start < MAX_COUNT_DIGITS && UCharacter.isDigit(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                return Optional.of(new Located(start, end, digits(text, start, end)));
            }
            return longest(spelledCounts, form -> text.startsWith(form, start)
                    && bounded(text, start, start + form.length()))
                    .map(form -> new Located(start, start + form.getKey().length(), form.getValue()));
        }

        private static Optional<Map.Entry<String, Integer>> longest(Map<String, Integer> forms,
                                                                    Predicate<String> there) {
            return forms.entrySet().stream().filter(form -> there.test(form.getKey()))
                    .max(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)));
        }

        private static int digits(String text, int start, int end) {
            int count = 0;
            for (int i = start; i < end; i++) {
                count = count * 10 + UCharacter.digit(text.charAt(i), 10);
            }
            return count;
        }
    }

    /** Where an expression, or the count in it, is: {@code [start, end)}; {@code count} units. */
    private record Located(int start, int end, int count) {
    }

    /**
     * A move from the reference moment: {@code amount} units, or to a weekday in the week {@code amount} away. A
     * counted move ("3 weeks ago", "in 2 months") lands on a day, as both peers read it, or on an hour, a minute or
     * a quarter when it counts those; "next week" is the whole unit.
     */
    private record Shift(TemporalUnit unit, int amount, DayOfWeek weekday, boolean counted) {

        static Shift of(TemporalUnit unit, int amount) {
            return new Shift(unit, amount, null, false);
        }

        ResolvedDate resolve(LocalDateTime reference, int count) {
            if (weekday != null) {
                return ResolvedDate.of(weekday(reference).toLocalDate().toString(), Granularity.DAY);
            }
            LocalDateTime moment = reference.plus((long) amount * count, unit);
            return CalendarUnits.of(moment, counted && unit instanceof ChronoUnit && unit.isDateBased()
                    ? ChronoUnit.DAYS : unit);
        }

        private LocalDateTime weekday(LocalDateTime reference) {
            if (unit == ChronoUnit.WEEKS) {
                return reference.plusWeeks(amount).with(ChronoField.DAY_OF_WEEK, weekday.getValue());
            }
            return switch (Integer.signum(amount)) {
                case -1 -> reference.with(TemporalAdjusters.previous(weekday));
                case 1 -> reference.with(TemporalAdjusters.next(weekday));
                default -> reference.with(TemporalAdjusters.nextOrSame(weekday));
            };
        }
    }
}
