package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the Vietnamese lunar calendar, marked "âm lịch" or "(ÂL)": "15 tháng 8 âm lịch", "mùng 10/3 (ÂL)", "ngày 9
 * tháng 5 âm lịch năm 2015"; and "23 tháng Chạp", whose month is the lunar twelfth without a mark (alone, "tháng
 * Chạp" stays month-names.tsv's December). Each is the Gregorian day the lunar one falls on, by Vietnam's calendar
 * ({@link HolidayRule.Lunar}), in the year written, else in the lunar year under way on the reference date; a day its
 * month lacks is none. A lunar year named by its cycle ("16 tháng 10 âm lịch năm Quý Dậu") or a reign ("triều Tự
 * Đức") is none we can place without the text's era, so such a day is no date; nor is the Gregorian reading of any
 * day or month before the mark ({@link #beforeMark}).
 */
final class LunarDays {

    /** The mark after a lunar day, folded: "âm lịch" (lunar calendar), "(âm lịch)", "(ÂL)". */
    private static final String MARK_WORD = "(?:am lich(?![\\p{L}\\p{N}])|\\((?:am lich|al)\\))";
    private static final String MARK = "\\s*" + MARK_WORD;
    private static final Pattern MARK_WORDS = Pattern.compile(MARK_WORD);
    /** A year named by its cycle after a day or month, which makes them lunar: "tháng 2 năm Quý Hợi". */
    private static final Pattern CYCLIC_YEAR_AFTER = Pattern.compile("\\s+nam\\s+(?:"
            + Alternation.of(CyclicYears.of(ULocale.forLanguageTag("vi")).names()) + ")(?![\\p{L}\\p{N}])");
    private static final Pattern GREGORIAN_YEAR = Pattern.compile("(?<!\\p{N})[12]\\d{3}(?!\\p{N})");
    /** How far after a mention a mark may end: "(âm lịch)" after a space or two. */
    private static final int MARK_REACH = 12;
    /** The month names of the lunar calendar alone, folded: "tháng Chạp", the twelfth. */
    private static final Map<String, Integer> LUNAR_MONTH_NAMES = Map.of("chap", 12);
    private static final String DAY = "(?:\\b(?:ngay|mong|mung)\\s+)?(?<![\\p{N}/])(?<day>[12]\\d|30|0?[1-9])";
    /** A Gregorian year after "năm" (year), before the mark or after it: "9 tháng 5 năm 2015 âm lịch". */
    private static final String YEAR_BEFORE_MARK = yearAfterNam("yearBefore");
    private static final String YEAR = yearAfterNam("year");
    private static final int MAX_DAY = 30;
    /** A day of the lunar twelfth month, which no Gregorian December reads: "30 tháng Chạp". */
    private static final Pattern DAY_OF_CHAP = Pattern.compile(
            "(?<![\\p{N}/])([12]\\d|30|0?[1-9])\\s+thang\\s+chap\\b");
    /** How far before a mention of "tháng Chạp" its day may begin: "30 ". */
    private static final int DAY_REACH = 4;
    private static final Map<String, Boolean> WRITTEN_IN = new ConcurrentHashMap<>();

    private LunarDays() {
    }

    /** Whether the language writes lunar days so: Vietnamese. */
    static boolean writtenIn(String language) {
        return WRITTEN_IN.computeIfAbsent(language, tag -> ULocale.forLanguageTag(tag).getLanguage().equals("vi"));
    }

    /** An optional Gregorian year after "năm" (year) in the group {@code group}. */
    private static String yearAfterNam(String group) {
        return "(?:\\s+nam\\s+(?<" + group + ">[12]\\d{3})(?!\\p{N}))?";
    }

    static List<DateRule> rules(String language) {
        if (!writtenIn(language)) {
            return List.of();
        }
        MonthNames months = MonthNames.of(language);
        String numbered = "(?:\\s+(?<named>" + months.ownWideAlternation() + ")\\b|(?:\\s+thang\\s+|/)"
                + "(?<month>1[0-2]|0?[1-9])(?!\\p{N}))";
        String lunarName = "\\s+thang\\s+(?<lunar>" + Alternation.of(LUNAR_MONTH_NAMES.keySet()) + ")\\b";
        // no year named by its cycle or a reign after the mark: "âm lịch năm Quý Dậu", "âm lịch triều Tự Đức"
        String noCyclicYear = "(?!\\s+(?:nam\\s+\\p{L}|trieu\\b))";
        Start dayStart = Start.words(List.of("ngay", "mong", "mung")).orNumbers(Start.DAY);
        return List.of(
                DateRule.of(dayStart, DAY + numbered + YEAR_BEFORE_MARK
                        + MARK + YEAR + noCyclicYear,
                        (m, reference) -> day(m, m.group("month") != null ? Integer.parseInt(m.group("month"))
                                : months.number(m.group("named")), reference.toLocalDate())),
                DateRule.of(dayStart, DAY + lunarName + YEAR_BEFORE_MARK
                        + "(?:" + MARK + ")?" + YEAR + noCyclicYear,
                        (m, reference) -> day(m, LUNAR_MONTH_NAMES.get(m.group("lunar")), reference.toLocalDate()))
                        .requiring("thang"));
    }

    /**
     * Whether a mention of {@code folded} is a lunar day or month: a lunar mark ends after it and begins in it or right
     * after it, or a cyclic year follows it and it writes no Gregorian year ("19 tháng 8 năm 1945 năm Ất Dậu" names
     * both); and "10 âm lịch" is no ten a.m. ("âm" folds as "am"). December or its day read in "30 tháng Chạp" goes
     * too, which stays no date when the lunar month has no such day.
     */
    static Predicate<DateMention> beforeMark(String folded) {
        Matcher mark = MARK_WORDS.matcher(folded);
        Matcher cyclicYear = CYCLIC_YEAR_AFTER.matcher(folded);
        Matcher dayOfChap = DAY_OF_CHAP.matcher(folded).useTransparentBounds(true);
        return mention -> {
            // a lunar day of Chạp never falls on the December day of its number: Chạp begins after 20 December
            if (dayOfChap.region(Math.max(0, mention.start() - DAY_REACH), mention.end()).find()
                    && (mention.value().endsWith("-12-%02d".formatted(Integer.parseInt(dayOfChap.group(1))))
                    || mention.granularity() == Granularity.MONTH)) {
                return true;
            }
            mark.region(mention.start(), Math.min(folded.length(), mention.end() + MARK_REACH));
            return mark.find() && mark.end() > mention.end()
                    && folded.substring(mention.end(), Math.max(mention.end(), mark.start())).isBlank()
                    || cyclicYear.region(mention.end(), folded.length()).lookingAt()
                    && !GREGORIAN_YEAR.matcher(mention.text()).find();
        };
    }

    /** The day in the year written, else in the lunar year under way on the reference date; none if no such day. */
    private static Optional<ResolvedDate> day(Matcher m, int month, LocalDate reference) {
        int day = Integer.parseInt(m.group("day"));
        if (month < 1 || month > 12 || day > MAX_DAY) {
            return Optional.empty();
        }
        HolidayRule.Lunar lunar = new HolidayRule.Lunar(month, day, HolidayRule.Lunar.Reckoning.VIETNAM);
        String written = m.group("year") != null ? m.group("year") : m.group("yearBefore");
        int year = written != null ? Integer.parseInt(written) : lunar.yearOf(reference);
        return lunar.exactlyIn(year).map(date -> ResolvedDate.of(date.toString(), Granularity.DAY));
    }
}
