package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A day and its time of day as one mention: "1 April 2014 at 19:30", "tomorrow at 7pm", with the part of the day
 * between them ("tomorrow evening at 6:45", "demain soir à 8h30", "αύριο το βράδυ στις 8:30"), and a time of day
 * before its day ("στις 19:30 αύριο", "7pm tomorrow", "at 10 a.m. on Monday"). After a day and a connector, an hour
 * alone is a time when its unit or a part of the day says so ("demain soir à 20h", "morgen Abend um 19 Uhr",
 * "tomorrow morning at 9.", "tonight at 8."): with neither ("tomorrow at 9 volunteers") it is a count.
 */
final class TimesOnDays {

    private static final int DAY_LENGTH = "2014-04-01".length();
    private static final int NOON = 12;
    /** The first hour a night's clock reads as evening ("tonight at 8" is 20:00, "tonight at 1:15" the early hours). */
    private static final int EVENING_FROM = 5;
    /**
     * The parts of a day after noon, folded, in a relative day ("this afternoon", "tối nay") or after a day:
     * afternoons, whose hours 1 to 11 are after noon ("this afternoon at 3:20"), and evenings and nights, whose hours 5
     * to 11 are ("tonight at 8:30").
     */
    private static final Pattern AFTERNOON = Pattern.compile("(?U)(?<!\\p{L})(?:afternoon|apres-midi|pomeriggio|tarde"
            + "|chieu|nachmittag|nachmittags|middags|απογευμα)(?!\\p{L})");
    private static final Pattern EVENING = Pattern.compile("(?U)(?<!\\p{L})(?:evening|tonight|night|soir|noche|anoche"
            + "|stasera|stanotte|αποψε|toi|đem|abend|abends|avonds|sera|noite|βραδυ|вечером)(?!\\p{L})");
    /** What says which half of the day a clock is in, lower case: "pm", "a.m.", Greek "μ.μ.". */
    static final String MERIDIEM_MARK = "(?:[ap]\\.?\\s?m\\b|[πμ]\\.?\\s?μ)";
    /** The time zone news write after a clock, as written: "9:30 a.m. ET", "8 p.m. GMT", Indonesian "07.30 WIB". */
    static final String TIME_ZONE = "(?:GMT|UTC|BST|CES?T|[ECMP][SD]?T|WIB|WITA|WIT)(?![\\p{L}\\p{N}])";
    /** A clock that says which half of the day it is in: "8pm", "8 a.m.", Greek "8 μ.μ.". */
    private static final Pattern MERIDIEM = Pattern.compile("(?iU)\\d\\s*" + MERIDIEM_MARK);
    /**
     * The part of the day written after a day, folded: "tomorrow evening", "demain soir", "αύριο το βράδυ"; not Italian
     * "sera", which folded is also "will be" ("demain sera à 8h30"): relative-words.tsv has "domani sera".
     */
    private static final String PART_OF_DAY = "(?<part>morning|afternoon|evening|night|matin|apres-midi|soir|morgen"
            + "|vormittag|nachmittag|abend|por la manana|por la tarde|por la noche|mattina|pomeriggio|de manha"
            + "|a tarde|a noite|το πρωι|το απογευμα|το βραδυ|утром|вечером)(?!\\p{L})";
    /** A part of the day in a day's own words: "this morning", "tonight", "ce soir", "tối nay". */
    private static final Pattern PART_IN_DAY = Pattern.compile("(?U)(?<!\\p{L})(?:" + PART_OF_DAY
            + "|tonight|stasera|stanotte|sera|anoche|αποψε|toi|sang|chieu)(?!\\p{L})");
    /**
     * Words that open a clock, folded: after a weekday they tell its hour ("on Monday at 10 a.m.", "lundi à 20h",
     * "την Τρίτη στις 10"), not its day of the month ("Tuesday the 10th", "την Τρίτη 10 Ιουνίου"), though Greek "στις"
     * also opens a day alone ("στις 25").
     */
    static final Set<String> CLOCK_WORDS = Set.of("at", "a", "um", "alle", "om", "kl", "στις", "в");
    /** What joins a day to its clock: the {@link #CLOCK_WORDS} and the words and signs that open nothing else. */
    private static final String CONNECTOR = "(?<connector>" + Alternation.of(CLOCK_WORDS)
            + "|@|as|a las|a la|luc|vao luc|kl\\.|ab|saat)";
    /**
     * The connectors of one language only: Polish "o" ("29 listopada 2014 o 08:40"), which is also Spanish, Portuguese
     * and Italian "or"; Swedish "klockan", Danish and Norwegian "klokken" ("fredag klockan 15.00"); Czech "v", "ve"
     * ("v pátek v 18.00 hodin"), also Slovak, Slovene and Croatian "in".
     */
    private static final Map<String, String> LANGUAGE_CONNECTORS = Map.of("pl", "o|o godz\\.|o godzinie",
            "sv", "klockan", "da", "klokken", "nb", "klokken", "cs", "ve?");
    /** What may stand between a day and its time of day. */
    private static final Pattern BETWEEN = between("");
    private static final Map<String, Pattern> BETWEEN_BY_LANGUAGE = LANGUAGE_CONNECTORS.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, connectors -> between("|" + connectors.getValue())));
    /** The part of the day after an hour, folded: "om 2 uur 's middags", "um 7 Uhr abends", "à 8 heures du soir". */
    private static final String PART_AFTER_HOUR = "(?<after>['’]s (?:ochtends|morgens|middags|avonds)|morgens"
            + "|vormittags|nachmittags|abends|du matin|du soir|de l'apres-midi|de la manana|de la tarde|de la noche"
            + "|di mattina|del pomeriggio|di sera|in the (?:morning|afternoon|evening))(?!\\p{L})";
    /**
     * A connector and an hour without a colon after a day: "soir à 20h", "um 19 Uhr", "lúc 8 giờ", "à 19 h 21 min",
     * "om 2 uur 's middags"; without its unit or a part of the day after it only where a clause ends after it
     * ("evening at 9."), as "lundi soir à 3 reprises" is a count.
     */
    private static final Pattern BARE_HOUR = Pattern.compile("(?U)\\s*(?:" + PART_OF_DAY + "\\s*)?" + CONNECTOR
            + "\\s*(?<hour>[01]?\\d|2[0-3])(?:\\s*(?<unit>h|uhr|uur|heures?|gio|o.clock)"
            + "(?:\\s*(?<minute>[0-5]\\d)(?:\\s*min)?)?)?(?:\\s+" + PART_AFTER_HOUR + ")?"
            // "à 2 h de la frontière" is a distance
            + "(?![\\p{L}\\p{N}]|[.,:]\\p{N}|\\s+d(?:e|u|es)\\s|\\s+d['’])");
    /**
     * A Chinese or Japanese clock that may follow a day alone, as written: "15:30", "3時", "15时30分", "3点半", "15点";
     * not "点" alone up to noon, also a point ("20日3点建议" is no day and no hour). {@link CjkDays} reads a day alone
     * before it.
     */
    static final String CJK_CLOCK_AFTER_DAY = "(?:[0-2]?[0-9](?::[0-5][0-9]|\\s*[時时])|(?:1[3-9]|2[0-3])\\s*[点點]"
            + "|[0-2]?[0-9]\\s*[点點]\\s*(?:[0-5]?[0-9]\\s*分|半))";
    /**
     * A Chinese or Japanese hour right after its day, with the part of the day before it: "20日午後3時", "明天下午3点半",
     * "20日15时30分", "12日の7時".
     */
    private static final Pattern CJK_CLOCK = Pattern.compile("の?\\s*" + CJK_CLOCK_AFTER_DAY);
    private static final Pattern CJK_HOUR = Pattern.compile("の?(?<part>(?<afternoon>午後|下午|中午)|(?<evening>晚上|夜)"
            + "|午前|上午|早上|凌晨)?\\s*(?<hour>[01]?\\d|2[0-3])\\s*(?<unit>[時时点點])"
            + "(?:\\s*(?<minute>[0-5]?\\d)\\s*分|(?<half>半))?");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;!?)]|$)");
    /**
     * A connector and a number that a day rule read as a day of the month closing its clause, Greek "στις 9" (on the
     * 9th, or at 9): right after a day it is that day's hour ("απόψε στις 11.", "αύριο στις 9.").
     */
    private static final Pattern HOUR_READ_AS_DAY = Pattern.compile("(?U)" + CONNECTOR
            + "\\s+(?<hour>[01]?\\d|2[0-3])");
    /**
     * What may stand between a time of day and the day after it, as written: "7pm tomorrow", "at 10 a.m. on Monday",
     * "10h ngày 15/3", "9 το βράδυ της Παρασκευής", "του Σαββάτου", "à 18h le 15 août", "alle ore 18 di martedì 15
     * agosto", with the clock's time zone ("at 9:30 a.m. ET on Friday", "at 8 p.m. local time on Monday"); not "at
     * 10 p.m. On Monday, ...", where a sentence ends after the clock. Indonesian news write the day's number after its
     * weekday in parentheses, "pukul 07.30 WIB, Selasa (17/3)", as Vietnamese do: "19h30 tối thứ Bảy (16/3)". The
     * word before the day is the language's own: Romanian "de" or Polish "do" is no "on".
     */
    private static final Map<String, Pattern> ON_DAY = Map.of("en", clockBeforeDay("on"), "de", clockBeforeDay("am"),
            "el", clockBeforeDay("την|τη|της|του"),
            "vi", Pattern.compile("(?iU)\\s*(?:(?:ngày|hôm)\\s+|(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)"
                    + "\\s*\\()?"),
            "fr", clockBeforeDay("le|du"),
            "it", clockBeforeDay("di|del"), "es", clockBeforeDay("de|del"), "pt", clockBeforeDay("de|do|da"),
            "id", Pattern.compile("(?U)\\s*(?:" + TIME_ZONE
                    + "\\s*)?,?\\s*(?:pada\\s+)?(?:hari\\s+)?\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?\\s*\\("));
    private static final Pattern ON_DAY_WITHOUT_WORD = clockBeforeDay("(?!)");

    /** A time of day: its hour, its minutes as written after it (":45" or none) and whether am or pm was told. */
    private record Clock(int hour, String minutes, Granularity granularity, boolean meridiem) {

        static Clock of(DateMention time, String folded) {
            String clock = time.value().substring(DAY_LENGTH);
            return new Clock(Integer.parseInt(clock.substring(1, 3)), clock.substring(3), time.granularity(),
                    MERIDIEM.matcher(folded.substring(time.start(), time.end())).find());
        }
    }

    private TimesOnDays() {
    }

    static List<DateMention> join(String language, String text, String folded, List<DateMention> mentions) {
        Pattern between = BETWEEN_BY_LANGUAGE.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), BETWEEN);
        Pattern onDay = ON_DAY.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), ON_DAY_WITHOUT_WORD);
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            DateMention first = mentions.get(i);
            DateMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            String gap = next == null ? null : folded.substring(first.end(), next.start());
            int hourOfNext = next == null ? -1 : hourReadAsDay(folded, next);
            if (next != null && isOneDay(first) && isTimeOfDay(next)
                    && between.matcher(gap).matches()) {
                joined.add(onDay(text, first.start(), next.end(), first, dayWords(folded, first, gap),
                        Clock.of(next, folded)));
                i++;
            } else if (isOneDay(first) && hourOfNext >= 0
                    && between.matcher(gap).matches()) {
                joined.add(onDay(text, first.start(), next.end(), first, dayWords(folded, first, gap),
                        new Clock(hourOfNext, "", Granularity.HOUR, false)));
                i++;
            } else if (next != null && isTimeOfDay(first) && isOneDay(next)
                    && onDay.matcher(text.substring(first.end(), next.start())).matches()) {
                joined.add(onDay(text, first.start(), withItsParenthesis(text, first, next), next,
                        dayWords(folded, next, gap), Clock.of(first, folded)));
                i++;
            } else {
                joined.add(first.granularity() == Granularity.DAY
                        ? withBareHour(text, folded, first, next == null ? folded.length() : next.start()) : first);
            }
        }
        return joined;
    }

    /** The hour of a day of the month that {@link #HOUR_READ_AS_DAY} describes, or -1. */
    private static int hourReadAsDay(String folded, DateMention mention) {
        Matcher hour = HOUR_READ_AS_DAY.matcher(folded).region(mention.start(), mention.end());
        return mention.granularity() == Granularity.DAY && hour.matches() ? Integer.parseInt(hour.group("hour")) : -1;
    }

    /** The day with the hour alone after it up to {@code limit}, if one is there; else the day. */
    private static DateMention withBareHour(String text, String folded, DateMention day, int limit) {
        Matcher hour = BARE_HOUR.matcher(folded).region(day.end(), limit).useTransparentBounds(true);
        if (hour.lookingAt() && toldAsHour(folded, day, hour)) {
            return onDay(text, day.start(), hour.end(), day, dayWords(folded, day, hour.group()),
                    clock(Integer.parseInt(hour.group("hour")), hour.group("minute"), false));
        }
        Matcher cjk = CJK_HOUR.matcher(folded).region(day.end(), limit);
        if (!cjk.lookingAt()) {
            return day;
        }
        if (cjk.group("part") == null && !CJK_CLOCK.matcher(folded).region(day.end(), limit).lookingAt()) {
            return day;
        }
        int hourOfDay = Integer.parseInt(cjk.group("hour"));
        boolean afterNoon = hourOfDay > 0 && hourOfDay < NOON
                && (cjk.group("afternoon") != null || cjk.group("evening") != null && hourOfDay >= EVENING_FROM);
        String minute = cjk.group("half") != null ? "30" : cjk.group("minute");
        // the hour is as meant now, so onDay must not move it again
        return onDay(text, day.start(), cjk.end(), day, "",
                clock(afterNoon ? hourOfDay + NOON : hourOfDay, minute == null ? null : "%02d".formatted(
                        Integer.parseInt(minute)), true));
    }

    /** A clock at {@code hour}, with its {@code minute} if one was told. */
    private static Clock clock(int hour, String minute, boolean meridiem) {
        return new Clock(hour, minute == null ? "" : ":" + minute,
                minute == null ? Granularity.HOUR : Granularity.MINUTE, meridiem);
    }

    /**
     * Whether the hour that {@code hour} read is one: with its unit or a part of the day after it, or where a clause
     * ends after it and a part of the day is before it ("tomorrow morning at 9.", "tonight at 8.").
     */
    private static boolean toldAsHour(String folded, DateMention day, Matcher hour) {
        if (hour.group("unit") != null || hour.group("after") != null) {
            return true;
        }
        return CLAUSE_END.matcher(folded).region(hour.end(), folded.length()).lookingAt()
                && (hour.group("part") != null || PART_IN_DAY.matcher(folded).region(day.start(), day.end()).find());
    }

    private static String dayWords(String folded, DateMention day, String between) {
        return folded.substring(day.start(), day.end()) + " " + between;
    }

    /**
     * One mention from {@code start} to {@code end}: the clock on the day; a clock without am or pm told with an
     * afternoon or evening ("tonight at 8:30", "3:20 this afternoon") is after noon.
     */
    private static DateMention onDay(String text, int start, int end, DateMention day, String dayWords, Clock clock) {
        int hour = clock.hour();
        boolean afterNoon = !clock.meridiem() && hour > 0 && hour < NOON && (AFTERNOON.matcher(dayWords).find()
                || hour >= EVENING_FROM && EVENING.matcher(dayWords).find());
        String value = day.value() + String.format("T%02d", afterNoon ? hour + NOON : hour) + clock.minutes();
        return new DateMention(text.substring(start, end), start, end, value, clock.granularity(), null, null, false);
    }

    private static Pattern clockBeforeDay(String words) {
        return Pattern.compile("(?U)\\s*(?:(?:" + TIME_ZONE + "|local time)(?:[+-]\\d{1,2})?\\s*)?(?:(?:" + words
                + ")\\s+)?");
    }

    private static Pattern between(String moreConnectors) {
        return Pattern.compile("(?U)\\s*(?:" + PART_OF_DAY + "\\s*)?(?:,\\s*)?(?:" + CONNECTOR + moreConnectors
                + ")?\\s*");
    }

    /** The end of {@code day}, after the parenthesis that closes it where one opened before it: "Selasa (17/3)". */
    private static int withItsParenthesis(String text, DateMention clock, DateMention day) {
        boolean opened = text.substring(clock.end(), day.start()).strip().endsWith("(");
        return opened && text.startsWith(")", day.end()) ? day.end() + 1 : day.end();
    }

    /** A day that is no range of days: "7 Uhr von Montag bis Freitag" is no time of Monday. */
    private static boolean isOneDay(DateMention mention) {
        return mention.granularity() == Granularity.DAY && mention.rangeEnd() == null;
    }

    private static boolean isTimeOfDay(DateMention mention) {
        return mention.granularity() == Granularity.HOUR || mention.granularity() == Granularity.MINUTE;
    }
}
