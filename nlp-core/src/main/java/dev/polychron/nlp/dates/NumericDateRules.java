package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with numbers only: "1.4.2014", "01/04/2014", "31 10 1974" (day and month in the order the locale's CLDR
 * short date pattern uses, so en-US reads "4/1/2014" as April 1st, and the other order only where that alone makes a
 * date: "31/10/1974"), "15/2" (in the reference's year), "31.10.74" (a two-digit year in the century that puts it at
 * most 20 years after the reference; first where the short pattern writes the year first: "74/10/31"), "2014/04/01",
 * "2013. 08. 20." (as Hungarian writes it), "2014-10", "2014/3", "10/2014" and "10-2014" (months), "15.2." and
 * "14.–15.10." where the short pattern writes day and month with dots (in the reference's year), "2014年4月1日",
 * "2014년 4월 1일", "4月1日" and "4月" (in the reference's year), months and days in Han numerals (see
 * {@link HanNumeralDates}), and times of day ("19:30", "7pm", "7:30 p.m.") on the reference day.
 */
final class NumericDateRules {

    private static final int NOON = 12;
    private static final Pattern YEAR_FIRST_PATTERN = Pattern.compile("y+\\s*([./-])");
    /**
     * Where a day after its year and month may go without its unit, as quick Chinese writing leaves it out
     * ("2016年6月29，"): right against its month and closing its clause, not before a counted noun ("6月29人").
     */
    private static final String UNIT_LEFT_OUT = "(?<=[月월]\\d{1,2})(?=[、。，！？!?；;）)」]|,(?!\\d)|$)";
    private static final String BEFORE = "(?<![\\p{N}.,/:-])";
    private static final String AFTER = "(?![\\p{N}]|[.,/:-]\\p{N})";
    /** The half of a 12-hour clock, folded: "pm", "p.m.", Greek "μ.μ." (μετά μεσημβρίας) and "π.μ.". */
    private static final String HALF = "(?:(?<half>[ap])(?:\\.m\\.?|m)|(?<greekHalf>[πμ])\\.?\\s?μ\\.?(?!\\p{L}))";
    /**
     * Like {@link #BEFORE} and {@link #AFTER}, but a dash may join two dates written year first:
     * "2018/1/10-2018/7/10".
     */
    private static final String BEFORE_YEAR_FIRST = "(?<![\\p{N}.,/:]|(?<!\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})-)";
    private static final String AFTER_YEAR_FIRST = "(?![\\p{N}]|[.,/:]\\p{N}|-(?!\\d{4}\\k<sep>)\\p{N})";
    /**
     * Like {@link #BEFORE}, but a dash after a unit joins a range ("6月1日-6月30日"), after a digit ("1-3月") not; and
     * not after a count of years: "5年3月" is five years and three months, not March.
     */
    private static final String BEFORE_MONTH_UNIT = "(?<![\\p{N}.,/:]|[\\p{N}.,/:]-|\\p{N}\\s?[年년]\\s?)";
    /** The year and month units of Chinese, Japanese and Korean: texts without them skip their rules. */
    private static final List<String> YEAR_UNITS = List.of("年", "년");
    private static final List<String> MONTH_UNITS = List.of("月", "월");
    /**
     * Two digits before 年 or 년 and a day are a year of this century or the last in Korean ("18년 10월 1일"), and in
     * Chinese up to this year's ("19年12月30日"): Chinese writes the Republic of China's years so too ("99年8月1日"),
     * those up to 26 (1937) no more, and Japanese an era's ("30年4月1日" in Heisei).
     */
    private static final Set<String> TWO_DIGIT_YEARS_BEFORE_A_DAY = Set.of("ko");
    private static final Set<String> TWO_DIGIT_YEARS_UP_TO_THIS_ONE = Set.of("zh");

    /**
     * Times of day written with words, folded: Vietnamese "19 giờ 30 phút", "7 giờ sáng", "15h chiều" (an hour alone,
     * "8 giờ", "8h", is as often a duration: it is a clock after "lúc" or before its day, group "told": "lúc 8h", "10h
     * ngày 15/3", "3 giờ chiều nay", "22 giờ đêm qua"), Greek "7 το απόγευμα", "7:30 το πρωί". Group "am" or "pm" names
     * the part of the day; Vietnamese tells it beside a 24-hour clock too ("20 giờ tối").
     */
    private static final Map<String, String> HOUR_WORDS = Map.of(
            // not before "trưa" (noon), whose hours 1 to 5 are after noon and 11 and 12 before it, nor after a word
            // of lasting ("kéo dài 3 giờ đêm qua" lasted three hours)
            "vi", "(?<!(?:keo dai|suot|trong) )(?:(?<=luc )(?<told>))?(?<hour>[01]?\\d|2[0-3])(?: gio|h)(?: ?(?<minute>[0-5]\\d)(?: phut)?)?+"
                    + "(?! trua)(?: (?:(?<am>sang)|(?<pm>chieu|toi))(?! (?:nay|qua|mai)(?!\\p{L})))?"
                    + "(?:(?= (?:(?:sang|chieu|toi|đem) (?:qua|mai)(?!\\p{L})|(?:(?:sang|chieu|toi) )?"
                    + "(?:ngay \\d|nay|hom)))(?<beforeDay>))?",
            // "στις 3:15 τα ξημερώματα" (in the small hours)
            "el", "(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))? (?:(?<am>το πρωι|τα ξημερωματα)|το (?<pm>απογευμα"
                    + "|βραδυ))",
            // the clocks with units below leave out those with the part of the day or minutes after them, which
            // TimesOnDays reads after a day: alone they are told by these, "à 6h du soir", "um 15 Uhr 20"
            "fr", "(?<=(?<!\\p{L})(?:a|vers|des|avant|apres|jusqu'a)\\s)(?<!\\p{N}\\s(?:a|vers)\\s)"
                    + "(?<hour>[01]?\\d|2[0-3])\\s*(?:h|heures?)(?:\\s*(?<minute>[0-5]\\d))? "
                    + "(?:(?<am>du matin)|(?<pm>du soir|de l'apres-midi))",
            // not after the part of the day, which the hour would leave out ("nachmittags um 1 Uhr 30"), nor before
            // a count ("bis 15 Uhr 20 Teilnehmer"): minutes close their clause or come before the part of the day or
            // a preposition ("um 15 Uhr 20 im Rathaus")
            "de", "(?<!(?:morgens|vormittags|nachmittags|abends|nachts) um )(?<hour>[01]?\\d|2[0-3]) uhr(?= (?:[0-5]\\d"
                    + "(?=\\s*(?:[.,;!?)]|$| (?:morgens|fruh|vormittags|nachmittags|abends|am|im|in|an|auf|bei|vor"
                    + "|nach|mit|und)(?!\\p{L})))"
                    + "|morgens|fruh|vormittags|nachmittags|abends|am "
                    + "(?:morgen|vormittag|nachmittag|abend))(?![\\p{L}\\p{N}]))(?: (?<minute>[0-5]\\d))?(?: "
                    + "(?:(?<am>morgens|fruh|vormittags|am morgen|am vormittag)|(?<pm>nachmittags|abends|am nachmittag"
                    + "|am abend)))?");

    /**
     * A clock told by its unit, which names no duration, on the reference day as news tell it, folded: German "um 10
     * Uhr", "gegen 18.30 Uhr" (not before a part of the day, which {@link TimesOnDays} reads after a day: "um 7 Uhr
     * abends", nor before minutes, "3 Uhr 15"; "14:30" is read without its unit); French "à 18h", "vers 18 h 30", "à 20
     * heures" after a word that opens a time, as "3 h" and "pendant 2 heures" last ("à 3 h de Paris" is a distance);
     * Spanish "a las 10 horas"; Italian "alle ore 10", "alle 20.45", "dalle 9.30".
     * Spanish "a las 10" and Italian "alle 10" alone may as well count; Indonesian and Malay "pukul 23.30", whose word
     * names the time of day only (not before the part of the day, "pukul 8 malam", which would make it evening); Dutch
     * "om 10.00 uur", "om 9 uur." (not "om 8 uur 's avonds"); Turkish "saat 14.30'da" (not "akşam saat 8", nor as a
     * range, "saat 15-16"); Swedish "klockan 15.00", Danish and Norwegian "klokken 15.00", "kl. 14.30" with their
     * minutes; Polish "o godz. 20.30", "godz. 12"; Czech "v 18.00 hodin", "v 18 hodin" and "v 19.30" closing its
     * clause.
     */
    private static final String CLOCK_HOUR = "(?<hour>[01]?\\d|2[0-3])";
    /**
     * After {@link #CLOCK_HOUR}: the hour is one that, told without minutes, is seldom an afternoon's on a 12-hour
     * clock, 8 to 23.
     */
    private static final String DAYTIME_HOUR = "(?<=(?<!\\p{N})(?:0?[89]|1\\d|2[0-3]))";
    private static final String PUKUL = "(?<=(?<!\\p{L})pukul\\s)" + CLOCK_HOUR + "(?:[:.](?<minute>[0-5]\\d))?+"
            + "(?![\\p{L}\\p{N}]|\\s+(?:pagi|siang|sore|petang|malam|kurang|lewat|lebih)(?!\\p{L}))";
    /** A Scandinavian clock after its word, with its minutes, not before a currency or a share ("kl. 14.30 kronor"). */
    private static final String KLOCKAN = "(?<=(?<!\\p{L})(?:klockan|klokken|kl\\.?)\\s)" + CLOCK_HOUR
            + "[.:](?<minute>[0-5]\\d)(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\s*(?:kr|kronor|kroner|sek|dkk|nok|euro|€|%"
            + "|procent|prosent)(?!\\p{L}))";
    private static final Map<String, String> CLOCKS_WITH_UNITS = Map.ofEntries(
            Map.entry("de", CLOCK_HOUR + "(?:\\.(?<minute>[0-5]\\d))?\\s*uhr(?![\\p{L}-]|\\s+\\p{N}"
                    + "|\\s+(?:am\\s+)?(?:morgens|vormittags?|nachmittags?|abends?|nachts?)(?!\\p{L}))"),
            // not after a day's number, whose time it is ("le 16 à 18h")
            Map.entry("fr", "(?<=(?<!\\p{L})(?:a|vers|des|avant|apres|jusqu'a)\\s)(?<!\\p{N}\\s(?:a|vers)\\s)"
                    + CLOCK_HOUR
                    + "\\s*(?:h|heures?)(?:\\s*(?<minute>[0-5]\\d)(?:\\s*min)?)?"
                    + "(?!\\p{L}|\\s*\\p{N}|\\s*(?:de\\s|d'|du (?:soir|matin|mat)\\b"
                    + "|dans la (?:soiree|matinee|nuit)\\b))"),
            Map.entry("es", "(?<=(?<!\\p{L})a las\\s)" + CLOCK_HOUR
                    + "(?:[:.](?<minute>[0-5]\\d))?\\s*horas(?!\\p{L})"),
            // "alle 20.45" with its minutes needs no "ore" ("alle 10" alone may count), unless a currency follows
            // ("alle 12.50 euro")
            Map.entry("it", "(?<=(?<!\\p{L})d?alle\\s)(?:ore\\s+)?" + CLOCK_HOUR + "(?:[:.](?<minute>[0-5]\\d))?"
                    + "(?<=ore\\s{1,3}\\d{1,2}(?:[:.]\\d\\d)?|\\.\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\p{N}"
                    + "|\\s*(?:euro|€|\\$|dollari|sterline|franchi)(?!\\p{L}))"),
            Map.entry("id", PUKUL), Map.entry("ms", PUKUL),
            // an hour without minutes from 8 only closing its clause: "om 3 uur bedenktijd" is three hours of it, and
            // "om 2 uur" as often two in the afternoon; none up to 12 after an evening ("vanavond om 8.30 uur")
            Map.entry("nl", "(?<=(?<!\\p{L})om\\s)" + notAfter("(?:avond|middag|nacht)\\som") + CLOCK_HOUR
                    + "(?:[.:](?<minute>[0-5]\\d)\\s*uur(?!\\p{L}|\\s+'s\\s)|" + DAYTIME_HOUR
                    + "\\s*uur(?=\\s*(?:[.,;!?)]|$)))"),
            // nor after a weekday, a day or its part of the day ("cumartesi saat 9", "sonraki gün saat 17", "pazar
            // akşamı saat 21"), whose clock TimesOnDays reads when it reads the day
            Map.entry("tr", "(?<=(?<!\\p{L})saat\\s)" + notAfter("(?:aksam|gece|ogleden sonra)\\ssaat")
                    + "(?<!(?:pazartesi|salı|carsamba|persembe|cuma|cumartesi|pazar|aksamı|sabahı|gecesi|gun)"
                    + "\\ssaat\\s)"
                    + CLOCK_HOUR
                    + "(?:[.:](?<minute>[0-5]\\d)|" + DAYTIME_HOUR + ")"
                    // nor told against the next hour, nor as the start of a span: "10'a çeyrek var", "8 buçukta",
                    // "12 ile 14 arasında", "9'dan 17'ye"
                    + "(?!\\p{N}|[.:,]\\p{N}|\\s*(?:[-–]\\s*\\d|saat|dakika|bucuk)"
                    + "|'?y?[ae]\\s+(?:ceyrek|\\d+)\\s+(?:var|kala)|\\s+ile\\s+\\d|'?(?:dan|den|tan|ten)\\s)"),
            Map.entry("sv", KLOCKAN), Map.entry("da", KLOCKAN), Map.entry("nb", KLOCKAN),
            Map.entry("pl", "(?<=(?<!\\p{L})(?:godz\\.|godzinie)\\s)" + CLOCK_HOUR + "(?:[.:](?<minute>[0-5]\\d))?"
                    + "(?![\\p{L}\\p{N}]|[.,]\\p{N})"),
            // not before a part of the day ("v 8 hodin večer"), nor "v 19.30" before more words, a currency or a count
            Map.entry("cs", "(?<=(?<!\\p{L})ve?\\s)" + CLOCK_HOUR + "(?:[.:](?<minute>[0-5]\\d))?"
                    + "(?:\\s*hod(?:in|\\.)(?!\\p{L}|\\s+(?:rano|dopoledne|odpoledne|vecer|v noci)(?!\\p{L}))"
                    + "|(?<=[.:]\\d\\d)(?=\\s*(?:[,;!?)]|\\.(?!\\p{N})|$)))"));

    /** A share as a fraction is written: a half, thirds, quarters, fifths, tenths ("1/3", "3/4"). */
    private static final String FRACTION = "(?:1/[2-5]|2/[35]|3/[45]|4/5|[1-9]/10)(?!\\p{N})";
    /**
     * What makes such a fraction of a day and month without a year, by language, folded: Vietnamese words of a share
     * before it, or of the whole after it where no word of a day is before it ("hơn 1/3", "tỷ lệ 3/4", "2/3 số
     * phiếu", "1/4 dân số"; not "ngày 2/3 số ca nhiễm tăng"), the Greek neuter article before it ("τα 2/3 των
     * βουλευτών"; a day takes the feminine: "στις 1/3"), English units and "of" after it or a whole number before it
     * ("1/2 cup", "3/4 mile", "2/3 of the seats", "2 1/2 hours").
     */
    private static final Map<String, String> SHARES = Map.of(
            "vi", "(?<=(?<!\\p{L})(?:hon|gan|chiem|khoang|chung|bang|ty le) )" + FRACTION
                    + "|(?<!(?<!\\p{L})(?:ngay|sang|trua|chieu|toi|đem|hom|tu|đen|vao) )" + FRACTION
                    + " (?:so|dan so|dien tich|tong so|luong)(?!\\p{L})",
            "el", "(?<=(?<!\\p{L})(?:το|τα|του|των|στο|στα) )" + FRACTION,
            "en", "(?<=(?<![\\p{N}/.,])\\p{N} )" + FRACTION + "|" + FRACTION
                    + " ?(?:cups?|tablespoons?|teaspoons?|tbsp|tsp|ounces?|oz|pounds?|lbs?|inch(?:es)?|foot|feet|ft|miles?"
                    + "|mi|hours?|hrs?|minutes?|mins?|litres?|liters?|gallons?|pints?|kg|percent|per cent|points?|of"
                    + "|stake|majority|share|lengths?)(?!\\p{L})");

    /**
     * The words before a number with a slash that make it an address or a class, not a day and month, by language,
     * folded: Vietnamese house numbers, alleys and lanes ("số nhà 12/3", "hẻm 25/7", "ngõ 4/2", "kiệt 12/5"), school
     * classes ("lớp 10/2").
     */
    private static final Map<String, String> NUMBERED_PLACES = Map.of(
            "vi", "(?<!(?<!\\p{L})(?:so nha|so|hem|ngo|ngach|kiet|lop|phong) )");

    /**
     * The words before a number with a slash that make it the number of a law, decree or decision, not a month and
     * year, by language, folded: Greek "ν. 3/2016", "απόφαση 5/2010", Vietnamese "Thông tư số 12/2015/TT-BTC",
     * "Nghị định 46/2014/NĐ-CP", Spanish "Ley 11/2020", "Real Decreto-ley 8/2020", Italian "legge n. 3/2019", "D.Lgs.
     * 9/2008", Portuguese "Lei n.º 7/2009", "Decreto-Lei 10/2020", "DL 10/2020" (the law's number in its year). A
     * letter after a second slash makes one too, in any language ("12/2015/TT-BTC").
     */
    private static final Map<String, String> NUMBERED_DOCUMENTS = Map.of(
            "vi", "(?<!(?<!\\p{L})(?:so|nghi đinh|thong tu|quyet đinh|nghi quyet|cong van|chi thi|luat) )",
            "el", "(?<!(?<!\\p{L})(?:ν\\.|νομος|νομου|νομο|αποφαση|αποφασης|π\\.δ\\.|εγκυκλιος|αρ\\.|αριθμ\\.) ?)",
            "es", lawNumber("ley|ley organica|ley foral|decreto|decreto-ley|decreto legislativo|dl|rdl|orden"
                    + "|resolucion|sentencia|circular"),
            "it", lawNumber("legge|legge regionale|decreto|decreto legislativo|decreto-legge|d\\.lgs\\.|d\\.l\\.|dl"
                    + "|dpcm|d\\.p\\.r\\.|dpr|sentenza|delibera|ordinanza|circolare"),
            "pt", lawNumber("lei|lei organica|lei complementar|decreto|decreto-lei|dl|portaria|resolucao|despacho"
                    + "|acordao|medida provisoria"));

    /**
     * A time of day as news wires write it, four digits with no colon before a time zone or "hours" after "at": "1800
     * GMT", "0930 UTC", "1800Z", "1430 local time", "at 1800 hours"; else the digits may be a year or a count.
     */
    private static final String WIRE_CLOCK = "(?<hour>[01]\\d|2[0-3])(?<minute>[0-5]\\d)(?:\\s*(?:gmt|utc)|z"
            + "|\\s+(?:local|moscow) time|(?<=\\bat\\s\\d{4})\\s+(?:hours|hrs))(?![\\p{L}\\p{N}])";

    /**
     * "24/7" is round the clock ("open 24/7", "phục vụ 24/7"), not 24 July, unless a word for the day stands right
     * before it: Vietnamese "ngày", "hôm", "sáng" (the morning of), Greek "στις", Indonesian "tanggal", "on", "le",
     * "el", "am" (folded).
     */
    private static final String NOT_ROUND_THE_CLOCK = "(?:(?<=(?<!\\p{L})(?:ngay|hom|sang|trua|chieu|toi|đem|tu|đen"
            + "|vao|στις|την|τη|tanggal|pada|on|le|du|au|el|del|al|il|em|no|dia|am|vom|zum)\\s)"
            + "|(?!24 ?/ ?7(?![\\d/])))";

    private NumericDateRules() {
    }

    static List<DateRule> of(String language) {
        boolean monthFirst = monthFirst(ULocale.forLanguageTag(language));
        String code = ULocale.forLanguageTag(language).getLanguage();
        BiPredicate<String, LocalDateTime> twoDigitYear = (digits, reference) ->
                TWO_DIGIT_YEARS_BEFORE_A_DAY.contains(code) || TWO_DIGIT_YEARS_UP_TO_THIS_ONE.contains(code)
                        && Integer.parseInt(digits) <= reference.getYear() % 100;
        String first = monthFirst ? "month" : "day";
        String second = monthFirst ? "day" : "month";
        String yearFirstSeparator = yearFirstSeparator(ULocale.forLanguageTag(language));
        List<DateRule> rules = new ArrayList<>(List.of(
                DateRule.of(Start.DAY,
                        BEFORE + "(?<" + first + ">\\d{1,2})(?<sep>[./-])(?<" + second + ">\\d{1,2})\\k<sep>"
                        + "(?<year>\\d{4})" + AFTER, (m, reference) -> day(m)),
                DateRule.of(Start.DAY,
                        BEFORE + "(?<" + first + ">\\d{1,2})(?<sep>[./-])(?<" + second + ">\\d{1,2})\\k<sep>"
                        + "(?<year>\\d{2})" + AFTER, (m, reference) -> {
                            Optional<ResolvedDate> yearFirst = yearFirstSeparator == null ? Optional.empty()
                                    : yearFirstDay(m.group(first), m.group(second), m.group("year"), reference);
                            return yearFirst.filter(date -> m.group("sep").equals(yearFirstSeparator)
                                            || m.group("sep").equals("-"))
                                    .or(() -> day(m, twoDigitYear(m, reference))).or(() -> yearFirst);
                        }),
                DateRule.of(Start.DAY,
                        BEFORE + "(?<" + first + ">\\d{1,2}) (?<" + second + ">\\d{1,2}) (?<year>\\d{4})" + AFTER,
                        (m, reference) -> day(m)),
                DateRule.of(Start.DIGIT,
                        BEFORE + NOT_ROUND_THE_CLOCK + notAShare(language) + NUMBERED_PLACES.getOrDefault(
                                ULocale.forLanguageTag(language).getLanguage(), "")
                                + "(?<" + first + ">\\d{1,2}) ?/ ?(?<" + second + ">\\d{1,2})"
                        + AFTER,
                        (m, reference) -> day(m, reference.getYear()).map(ResolvedDate::yearless)).requiring("/"),
                DateRule.of(Start.FOUR_DIGITS, BEFORE + "(?<year>[12]\\d{3})[-/](?<month>0?[1-9]|1[0-2])" + AFTER,
                        (m, reference) -> month(m)),
                // "10-2014" with a dash only with a two-digit month: "1-2000 employees" is a count
                DateRule.of(Start.DIGIT,
                        BEFORE + NUMBERED_DOCUMENTS.getOrDefault(code, "")
                                + "(?<month>0?[1-9]|1[0-2])(?:[/.]|(?<=\\d\\d)-)(?<year>[12]\\d{3})" + AFTER
                                + "(?!/\\p{L})",
                        (m, reference) -> month(m)),
                DateRule.of(Start.FOUR_DIGITS,
                        BEFORE_YEAR_FIRST + "(?<year>\\d{4}) ?(?<sep>[./-]) ?(?<month>\\d{1,2}) ?\\k<sep> ?"
                        + "(?<day>\\d{1,2})" + AFTER_YEAR_FIRST,
                        (m, reference) -> day(m)),
                // ISO 8601's order with spaces, its month and day in two digits each: "2010 01 29"
                DateRule.of(Start.FOUR_DIGITS,
                        BEFORE + "(?<year>[12]\\d{3}) (?<month>0[1-9]|1[0-2]) (?<day>0[1-9]|[12]\\d|3[01])" + AFTER,
                        (m, reference) -> day(m)),
                DateRule.of(Start.DIGIT,
                        "(?<year>\\d{1,4})\\s*[年년]\\s*(?<month>\\d{1,2})\\s*[月월]\\s*(?<day>\\d{1,2})(?:\\s*[日일号號]|"
                                + UNIT_LEFT_OUT + ")",
                        (m, reference) -> yearBeforeUnit(m.group("year"),
                                twoDigitYear.test(m.group("year"), reference), reference)
                                .flatMap(year -> day(m, year))).requiringAny(YEAR_UNITS),
                DateRule.of(Start.DIGIT, "(?<year>\\d{1,4})\\s*[年년]\\s*(?<month>\\d{1,2})\\s*[月월]",
                        (m, reference) -> yearBeforeUnit(m.group("year"), false, reference)
                                .flatMap(year -> month(year, m))).requiringAny(YEAR_UNITS),
                DateRule.of(Start.DIGIT,
                        BEFORE_MONTH_UNIT + "(?<month>\\d{1,2})\\s*[月월]\\s*(?<day>\\d{1,2})\\s*[日일号號]",
                        (m, reference) -> ReferenceYear.day(Integer.parseInt(m.group("month")),
                                Integer.parseInt(m.group("day")), reference.toLocalDate())).requiringAny(MONTH_UNITS),
                DateRule.of(Start.DIGIT, BEFORE_MONTH_UNIT + "(?<month>0?[1-9]|1[0-2])\\s*[月월](?!\\s*\\d)",
                        (m, reference) -> Optional.of(ReferenceYear.month(Integer.parseInt(m.group("month")),
                                reference.toLocalDate(), null))).requiringAny(MONTH_UNITS),
                DateRule.of(Start.DIGIT, BEFORE + "(?<year>\\d{3,4}|0\\d)\\s*[年년](?!\\s*\\d)",
                        (m, reference) -> yearBeforeUnit(m.group("year"), false, reference).map(year -> ResolvedDate.of(
                                String.format("%04d", year), Granularity.YEAR))).requiringAny(YEAR_UNITS),
                DateRule.of(Start.DAY,
                        BEFORE + "(?<hour>[01]?\\d|2[0-3])[:h](?<minute>[0-5]\\d)(?:\\s*" + HALF + ")?" + AFTER,
                        (m, reference) -> timeOfDay(m, reference, m.group("minute"), half(m))),
                // British news write a dot between hour and minute, read as a clock only with its half: "7.30am"
                DateRule.of(Start.DAY, BEFORE + "(?<hour>1[0-2]|0?[1-9])\\.(?<minute>[0-5]\\d)\\s*" + HALF
                        + "(?![\\p{L}\\p{N}])", (m, reference) -> timeOfDay(m, reference, m.group("minute"), half(m))),
                DateRule.of(Start.FOUR_DIGITS, BEFORE + WIRE_CLOCK,
                        (m, reference) -> timeOfDay(m, reference, m.group("minute"), null)),
                DateRule.of(Start.DAY, BEFORE + "(?<hour>1[0-2]|0?[1-9])\\s*" + HALF + "(?![\\p{L}\\p{N}])",
                        (m, reference) -> timeOfDay(m, reference, null, half(m)))));
        String clockWithUnit = CLOCKS_WITH_UNITS.get(ULocale.forLanguageTag(language).getLanguage());
        if (clockWithUnit != null) {
            // German "um 15.30 Uhr" opens with its hour; the others may open with a word ("alle ore 10")
            Start start = clockWithUnit.startsWith(CLOCK_HOUR) ? Start.DIGIT : Start.WORD;
            rules.add(DateRule.of(start, BEFORE + clockWithUnit,
                    (m, reference) -> timeOfDay(m, reference, m.group("minute"), null)));
        }
        String hourWords = HOUR_WORDS.get(ULocale.forLanguageTag(language).getLanguage());
        if (hourWords != null) {
            rules.add(DateRule.of(Start.DIGIT, BEFORE + hourWords + "(?![\\p{L}\\p{N}])",
                    NumericDateRules::hourWords));
        }
        rules.addAll(HanNumeralDates.rules(ULocale.forLanguageTag(language)));
        if (dottedDayMonth(ULocale.forLanguageTag(language))) {
            rules.add(DateRule.of(Start.DAY, BEFORE + "(?<day>[0-3]?\\d)\\.(?<month>0?[1-9]|1[0-2])\\."
                            + "(?![\\p{N}]|\\s*\\d{2,4}\\b)",
                    (m, reference) -> ReferenceYear.day(Integer.parseInt(m.group("month")),
                            Integer.parseInt(m.group("day")), reference.toLocalDate())));
            rules.add(DateRule.of(Start.DAY, BEFORE + "(?<day1>[0-3]?\\d)(?<dot1>\\.)?\\s*[-–—/]\\s*"
                    + "(?<day>[0-3]?\\d)\\.(?<month>0?[1-9]|1[0-2])(?:\\.(?<year>\\d{4}|\\d{2}))?(?<dot2>\\.)?"
                    + AFTER, NumericDateRules::dottedDays));
        }
        return rules;
    }

    /**
     * Where a clock starts: not an hour up to 12 right after {@code evening} and a space, which makes it an evening's
     * hour on a 12-hour clock.
     */
    private static String notAfter(String evening) {
        return "(?!(?<=" + evening + "\\s)(?:0?\\d|1[0-2])(?!\\p{N}))";
    }

    /**
     * "14.–15.10.", "14./15.10.2018": days of one month written once. A dot after the first day or the month, or a
     * year, tells it from a difference of numbers ("14 - 15.10").
     */
    private static Optional<ResolvedDate> dottedDays(Matcher m, LocalDateTime reference) {
        int first = Integer.parseInt(m.group("day1"));
        int last = Integer.parseInt(m.group("day"));
        int month = Integer.parseInt(m.group("month"));
        if (first >= last || m.group("dot1") == null && m.group("dot2") == null && m.group("year") == null) {
            return Optional.empty();
        }
        String year = m.group("year");
        Optional<ResolvedDate> start = year == null ? ReferenceYear.day(month, first, reference.toLocalDate())
                : dayOf(year.length() == 2 ? twoDigitYear(m, reference) : Integer.parseInt(year), month, first);
        return start.flatMap(day -> dayOf(Integer.parseInt(day.value().substring(0, 4)), month, last)
                .map(end -> new ResolvedDate(day.value(), Granularity.DAY, null, end.value())));
    }

    /** Whether the locale's short date pattern writes the day, then a dot, then the month ("d.M.yy"). */
    private static boolean dottedDayMonth(ULocale locale) {
        return DateFormat.getDateInstance(DateFormat.SHORT, locale) instanceof SimpleDateFormat simple
                && simple.toPattern().matches("d{1,2}\\.\\s?M{1,2}\\..*");
    }

    /** "74" in a text written in 2013 is 1974, "25" is 2025: at most 20 years after the reference year. */
    static int twoDigitYear(Matcher m, LocalDateTime reference) {
        return twoDigitYear(m.group("year"), reference);
    }

    private static int twoDigitYear(String twoDigits, LocalDateTime reference) {
        int year = reference.getYear() / 100 * 100 + Integer.parseInt(twoDigits);
        return year > reference.getYear() + 20 ? year - 100 : year;
    }

    /**
     * "74/10/31" where the short pattern writes the year first: a first number of two digits is the year, when the
     * rest is a month and a day ("3/3/15" and "10/31/74" are read in the other orders). With a dash too, ISO 8601's
     * separator ("12-11-10" in Chinese is 10 November 2012); with another separator than the pattern's, only where
     * the locale's order makes no date ("21/04/16" in Korean is 21 April).
     */
    private static Optional<ResolvedDate> yearFirstDay(String year, String month, String day,
                                                       LocalDateTime reference) {
        return year.length() < 2 ? Optional.empty()
                : dayOf(twoDigitYear(year, reference), Integer.parseInt(month), Integer.parseInt(day));
    }

    /**
     * The separator after the year where the locale's short date pattern writes the year first ("y/MM/dd": "/",
     * "yy. M. d.": "."), else null.
     */
    static String yearFirstSeparator(ULocale locale) {
        if (DateFormat.getDateInstance(DateFormat.SHORT, locale) instanceof SimpleDateFormat simple) {
            Matcher yearFirst = YEAR_FIRST_PATTERN.matcher(simple.toPattern());
            return yearFirst.lookingAt() ? yearFirst.group(1) : null;
        }
        return null;
    }

    static boolean monthFirst(ULocale locale) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.SHORT, locale);
        if (format instanceof SimpleDateFormat simple) {
            String pattern = simple.toPattern();
            int month = pattern.indexOf('M');
            int day = pattern.indexOf('d');
            return month >= 0 && day >= 0 && month < day;
        }
        return false;
    }

    private static Optional<ResolvedDate> day(Matcher m) {
        return day(m, Integer.parseInt(m.group("year")));
    }

    /** The day in the locale's order, or in the other order when only that one is a date ("31/10/1974" in en-US). */
    private static Optional<ResolvedDate> day(Matcher m, int year) {
        int month = Integer.parseInt(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        return dayOf(year, month, day).or(() -> month > 12 ? dayOf(year, day, month) : Optional.empty());
    }

    private static Optional<ResolvedDate> dayOf(int year, int month, int day) {
        try {
            return Optional.of(ResolvedDate.of(LocalDate.of(year, month, day).toString(), Granularity.DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ResolvedDate> month(Matcher m) {
        return month(Integer.parseInt(m.group("year")), m);
    }

    private static Optional<ResolvedDate> month(int year, Matcher m) {
        int month = Integer.parseInt(m.group("month"));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(ResolvedDate.of(String.format("%04d-%02d", year, month), Granularity.MONTH));
    }

    /**
     * The year of digits before 年 or 년: three or four as written; two in the century of {@link #twoDigitYear}
     * where {@code twoDigitYear} says so (a day follows in Korean, "18년 10월 1일") or a zero begins them ("08年"), as
     * "10년 6월" may be a prison term and "15年" fifteen years; one, a count ("3年5月"), never.
     */
    private static Optional<Integer> yearBeforeUnit(String digits, boolean twoDigitYear, LocalDateTime reference) {
        if (digits.length() > 2) {
            return Optional.of(Integer.parseInt(digits));
        }
        return digits.length() == 2 && (twoDigitYear || digits.charAt(0) == '0')
                ? Optional.of(twoDigitYear(digits, reference)) : Optional.empty();
    }

    private static Optional<ResolvedDate> hourWords(Matcher m, LocalDateTime reference) {
        String half = m.group("am") != null ? "a" : m.group("pm") != null ? "p" : null;
        // Greek always tells its half, so only Vietnamese, whose pattern has them, reads groups "told" and "beforeDay"
        if (half == null && m.group("minute") == null && m.group("told") == null && m.group("beforeDay") == null) {
            return Optional.empty();
        }
        boolean twentyFourHours = Integer.parseInt(m.group("hour")) > NOON;
        return timeOfDay(m, reference, m.group("minute"), twentyFourHours && "p".equals(half) ? null : half);
    }

    /**
     * Not after one of the {@code documents} (folded words) and an optional number sign: "ley 11/", "lei n.º 7/",
     * "legge n. 3/".
     */
    private static String lawNumber(String documents) {
        return "(?<!(?<!\\p{L})(?:" + documents + ") (?:n\\.?[º°]?\\.? ?)?)";
    }

    /** Not at a fraction that the language's {@link #SHARES} tell from a day and month, if it has them. */
    private static String notAShare(String language) {
        String share = SHARES.get(ULocale.forLanguageTag(language).getLanguage());
        return share == null ? "" : "(?!" + share + ")";
    }

    /** "a" or "p" for the half of a 12-hour clock that {@link #HALF} read, or null. */
    private static String half(Matcher m) {
        if (m.group("greekHalf") != null) {
            return m.group("greekHalf").equals("π") ? "a" : "p";
        }
        return m.group("half");
    }

    /** The time of day of group "hour" and the minute on the reference day; half "a" or "p" on a 12-hour clock. */
    private static Optional<ResolvedDate> timeOfDay(Matcher m, LocalDateTime reference, String minute, String half) {
        int hour = Integer.parseInt(m.group("hour"));
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("p") ? 12 : 0);
        }
        String day = reference.toLocalDate().toString();
        return Optional.of(minute == null
                ? ResolvedDate.of(String.format("%sT%02d", day, hour), Granularity.HOUR)
                : ResolvedDate.of(String.format("%sT%02d:%s", day, hour, minute), Granularity.MINUTE));
    }
}
