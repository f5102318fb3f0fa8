package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A day of the month written with its unit and no month in Chinese, Japanese and Korean, as news names the days
 * around its own ("25日に", "29日，", "27일", "지난 27일"): in the reference's month (unless the tense or the month
 * told before it moves it, {@link TensedYears}, {@link MonthsToldBefore}), or after Korean "지난" and "오는" the last
 * or the next such day; with its weekday ("21日木曜日", "21일 목요일", "14日（木）"), in the first month from the
 * reference's on where that day is that weekday. A count of days is no date, so a day alone is written in digits,
 * must close its clause, take a particle, stand before a news verb, after 于 or before の or a clock, and not be
 * followed by a word that makes it a duration ("3일 동안").
 */
final class CjkDays {

    private static final int LAST_DAY = 31;
    /**
     * Particles and words after which a day alone closes its clause in Japanese and Chinese, as news writes the time
     * of day after it ("6日午前", "6日夜"); Chinese news puts the day alone in its dateline ("新华社北京6日电") and before
     * what happened on it ("6日晚", "6日起", "6日表示").
     */
    private static final Map<String, String> CLOSING_WORDS = Map.of(
            "ja", "に|は|から|まで|より|午前|午後|朝|夜|未明|夕方|昼|深夜",
            "zh", "上午|下午|晚上|晚间|晚間|凌晨|中午|早上|晚|电|電|起|至|在|举行|舉行|表示|宣布|发布|發布|说|說|称|稱"
                    + "|指出|强调|強調|透露|证实|證實|会见|會見|会晤|會晤|主持|召开|召開|出席|抵达|抵達|访问|訪問|启程|啟程"
                    + "|开幕|開幕|闭幕|閉幕|举办|舉辦|公布|通过|通過|签署|簽署|发表|發表|致电|致電|报道|報道|晚些时候",
            "yue", "");
    /**
     * More that a day alone may take in Japanese and Chinese: Japanese "の" ("16日の東京市場"), though not after "1日",
     * which is also "a day's" ("1日の平均"), nor before a week ("18日の週" is the week of the 18th) or what lasts days
     * ("3日の休暇"); Chinese "于" before the day ("于15日闭幕"), though not a comparison's
     * ("相当于16日元", "低于3日").
     */
    private static final Map<String, String> MORE_CLOSINGS = Map.of(
            "ja", "(?<!(?<![0-9])1日)(?=の(?!間|うち|週|休暇|休み|旅|滞在|日程))",
            "zh", "(?<=(?<![当當等低高大小多少过過超])[于於][0-3]?[0-9]日)(?![元圆圓内內]|之内|之內|以内|以內)");
    private static final String CLAUSE_END = "$|[\\s、。，,.!?；;）)」]";
    /** Chinese words before a number of days that make it a count: "连续3日在…" (three days in a row), "延长30日至…". */
    private static final Map<String, String> COUNT_WORDS_BEFORE = Map.of(
            "zh", "连续|連續|近|过去|過去|延长|延長|为期|為期|每|共计|共計|总共|總共|一共|满|滿|长达|長達"
                    + "|历时|歷時|用时|用時|耗时|耗時|费时|費時|花了|持续|持續");
    /** Korean words after a day that make it a count of days: "3일 동안", "3일 만에". */
    private static final String KOREAN_DURATION = "동안|만에|만|이내|내|안에|째|연속|넘게|가량|정도|이상|이하|후|전|뒤";
    /** Korean words before a day that say it is the last one before the reference, or the next one after it. */
    private static final Map<String, Integer> DIRECTIONS = Map.of("지난", -1, "오는", 1);

    private CjkDays() {
    }

    static List<DateRule> rules(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        String closing = closing(locale.getLanguage());
        if (closing == null) {
            return List.of();
        }
        Map<String, Integer> numerals = SpelledNumbers.cardinals(locale, LAST_DAY);
        // Korean puts spaces between words, so a day begins one there
        Start start = DateRanges.UNSPACED.contains(locale.getLanguage()) ? Start.ANYWHERE : Start.WORD;
        Map<String, DayOfWeek> weekdays = new HashMap<>(Weekdays.names(locale));
        weekdays.putAll(Weekdays.bracketed(locale));
        String number = "[0-3]?[0-9]|" + Alternation.of(numerals.keySet());
        String notAfterNumber = "(?<![\\p{N}" + HanNumeralDates.HAN_NUMERAL_CHARS + "])";
        String day = notAfterNumber + "(?<day>" + number + ")\\s*";
        String countWords = COUNT_WORDS_BEFORE.get(locale.getLanguage());
        // a month before the day and its weekday makes them a date of their own ("5月9日火曜日"), the weekday a check,
        // and so does a year before the month ("2016年10月1日（星期六）")
        String month = "(?:(?:" + notAfterNumber + "(?<year>[12][0-9]{3})\\s*[年년]\\s*)?" + notAfterNumber
                + "(?<month>" + number + ")\\s*[月월]\\s*)?";
        // a cheap first test, as most places of a text begin no number
        String numberFirst = "(?=[0-9" + initials(numerals.keySet()) + "])";
        return List.of(
                DateRule.of(start, numberFirst + month + day + "[日号號일](?:の|\\s*)(?<weekday>"
                        + Alternation.of(weekdays.keySet()) + ")", (m, reference) -> {
                            int dayOfMonth = SpelledNumbers.value(m.group("day"), numerals);
                            if (m.group("month") == null) {
                                return DaysWithoutMonth.onWeekday(dayOfMonth, reference,
                                        weekdays.get(m.group("weekday")));
                            }
                            int monthOfYear = SpelledNumbers.value(m.group("month"), numerals);
                            return m.group("year") == null
                                    ? ReferenceYear.day(monthOfYear, dayOfMonth, reference.toLocalDate())
                                    : ResolvedDate.ofMonth(Integer.parseInt(m.group("year")), monthOfYear,
                                            dayOfMonth);
                        }),
                // 号 alone is also a house or line number ("12号", "3号线"): only with its month or weekday
                // in words a day alone is a count or a word of its own too ("三日間", Korean "일일" daily, "오일" oil);
                // after 第 an ordinal ("第6日起", from the sixth day on); after a month, the rest of a date that was
                // refused ("99年8月1日", a Republic of China year)
                DateRule.of(start, "(?=[0-9" + initials(DIRECTIONS.keySet()) + "])(?:(?<direction>"
                        + Alternation.of(DIRECTIONS.keySet()) + ")\\s+)?(?<![0-9第月월]|[月월]\\s)"
                        + (countWords == null ? "" : "(?<!" + countWords + ")") + "(?<day>[0-3]?[0-9])\\s*[日일]"
                        + dayAloneClosing(locale.getLanguage(), closing),
                        (m, reference) -> alone(m, Integer.parseInt(m.group("day")), reference)));
    }

    /** The first chars of {@code words}, for a regex char class (the words are letters). */
    private static String initials(Collection<String> words) {
        return words.stream().map(word -> word.substring(0, 1)).distinct().collect(Collectors.joining());
    }

    /**
     * What may follow a day alone: the end of its clause, or a particle (folded, as the text is: "まで" is "まて"); a
     * Korean particle is written against the day, and the word after it must not make the day a count.
     */
    static String closing(String language) {
        if (language.equals("ko")) {
            return "(?=(?:" + Alternation.of(RelativeDates.particles(language)) + ")?(?:" + CLAUSE_END + "))(?!\\s*(?:"
                    + KOREAN_DURATION + ")(?!\\p{L}))";
        }
        String words = CLOSING_WORDS.get(language);
        return words == null ? null : "(?=" + (words.isEmpty() ? "" : TextFolding.fold(words) + "|") + CLAUSE_END + ")";
    }

    /** What may follow a day alone: what {@link #closing} allows, a clock, or what {@link #MORE_CLOSINGS} adds. */
    private static String dayAloneClosing(String language, String closing) {
        String more = MORE_CLOSINGS.get(language);
        return more == null ? closing : "(?:" + closing + "|(?=" + TimesOnDays.CJK_CLOCK_AFTER_DAY + ")|" + more + ")";
    }

    private static Optional<ResolvedDate> alone(Matcher m, int day, LocalDateTime reference) {
        YearMonth month = YearMonth.from(reference);
        if (m.group("direction") == null) {
            return DaysWithoutMonth.inReferenceMonth(reference, day);
        }
        int direction = DIRECTIONS.get(m.group("direction"));
        for (int i = 0; i < DaysWithoutMonth.MONTHS_AHEAD; i++, month = month.plusMonths(direction)) {
            if (month.isValidDay(day) && Integer.signum(month.atDay(day).compareTo(reference.toLocalDate()))
                    == direction) {
                return Optional.of(ResolvedDate.of(month.atDay(day).toString(), Granularity.DAY));
            }
        }
        return Optional.empty();
    }
}
