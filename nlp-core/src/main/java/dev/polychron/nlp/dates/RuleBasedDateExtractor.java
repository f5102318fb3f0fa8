package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.Span;
import dev.polychron.nlp.text.TextFolding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Absolute dates by pattern over folded text (lower case, no diacritics, same offsets): ISO dates, day–month–year
 * and month–day–year with CLDR month names of the text's language, Vietnamese numeric months, seasons, quarters
 * (see {@link Quarters}), decades, years, and ranges of them all (see {@link DateRanges}). Overlapping matches
 * resolve to the longest, then the earliest.
 */
public final class RuleBasedDateExtractor implements DateExtractor {

    static final String DAY = "(?<day>[0-3]?\\d)";
    /** The four digits of a year of our era that a bare number may be, 1000 to 2999. */
    private static final String YEAR_DIGITS = "[12]\\d{3}";
    static final String YEAR = "(?<year>" + YEAR_DIGITS + ")";
    /** A run of white space in a part word, read as one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The year's digits looked for before the long look-behinds that test what stands before them: most places a
     * year pattern is tried (every number) fail here at once instead of after reading back through them. It follows
     * {@link #NOT_NUMBER_BEFORE}, with which {@link MatchStarts} sees that no digit right before needs a try.
     */
    private static final String YEAR_AHEAD = "(?=" + YEAR_DIGITS + ")";
    /** The Turkish possessive ending on a day's digits, folded: "21'i", "22'si", "23'ü" ("its 21st"). */
    static final String POSSESSIVE = "'s?[ıiu]";
    /**
     * What a day's digits may carry to make them ordinal: en, el, fr, de ("15te"), nl ("15de"), sv ("15:e"), it and
     * es ("1º"), pt ("1o"), pl ("15-tego", "1szy"), ru ("3-его"), hu ("15-én", "1-jei", "1i") and bn ("1লা", "25শে")
     * endings, the Turkish possessive ("21'i", "22'si", "23'ü"), Georgian "1-ლი", or the German dot.
     */
    static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th|η|ης|er|de|ste|te|ten|ter|:a|:e|\\.|º|°|o|লা|রা|ঠা|ই|শে|"
            + POSSESSIVE + "|-?(?:е|го|ое|ого|его|tego|ego|go|szy|ci|ty|j?[ae][ni]?|i|ლი))?";
    /**
     * The words that may stand between a day and its month's name: "4 of July", "4 de julio", Arabic "4 من تموز", "4
     * من شهر تموز", "4 شهر تموز" (the 4th of the month of July).
     */
    static final String DAY_OF_MONTH = "(?:of\\s+|de\\s+|(?:من\\s+)?(?:شهر\\s+)?)";
    static final String NOT_NUMBER_BEFORE = "(?<![\\p{N}\\[.,/])(?<!\\p{N}[-–])";
    static final String NOT_NUMBER_AFTER = "(?![\\p{N}\\]]|\\.\\d|,\\d)";
    /**
     * A year after two groups of digits, the last of two or three, is the end of a phone number ("0800 123 2015"); not
     * a year after years ("1990 1991 1992").
     */
    private static final String NOT_PHONE_GROUPS_BEFORE = "(?<!\\p{N}{2,5}\\s\\p{N}{2,3}\\s)";
    /** A year that more dash-joined digits follow is part of a phone or serial number ("+86 2010-2015-86"). */
    private static final String NOT_DASHED_NUMBER_AFTER = "(?![-–]\\p{N})";
    /**
     * A number before a slash and a year or letters is a document's number ("ν. 1566/1985", the law 1566 of 1985;
     * "Quyết định 1892/QĐ-TTg"), not a year; two years in a row are a season ({@link #seasonOfTwoYears}), and a
     * month's name between slashes with a day after it a date ("2020/सित/23").
     */
    private static final String NOT_DOCUMENT_NUMBER_AFTER = "(?!/(?:[\\p{L}\\p{M}]++(?!/\\p{N})|\\d{4}(?!\\p{N})))";
    private static final String DASH = "\\s*[-–—]\\s*";
    /** Before a year, after a month's name or a day: "June 1999", "June 4, 1999", "Dec. 31 , 1994". */
    private static final String COMMA_OR_SPACE = "(?:\\s*,\\s*|\\s+)";
    private static final Pattern SENTENCE_AFTER_MONTH = Pattern.compile("\\.\\s+\\p{Lu}");
    /** Thai's era before a year, Buddhist or common: "พ.ศ. 2557" (2014), "ค.ศ. 1990". */
    private static final String THAI_ERA = "[พค]\\.\\s?ศ\\.";
    /**
     * Between a month's name and its year: "Dec-2018", "Dec/2018", "juin de l'année 1999", "julio del (año) 2000",
     * "luglio del 2000" too; a month after a day and a dash or slash ("12-Oct/2014") is not read with it, as the
     * separators differ.
     */
    private static final String MONTH_YEAR_JOIN =
            "(?:" + COMMA_OR_SPACE + "|[-/])(?:of\\s+|de\\s+(?:l'annee\\s+)?|del\\s+(?:ano\\s+)?|des\\s+jahres\\s+"
            + "|του\\s+|nam\\s+|" + THAI_ERA + "\\s*)?";
    /**
     * Page words and abbreviations (en, vi, el, de, fr, ru) whose number is a page, not a year: "p. 2014"; and a
     * journal's issue in brackets and a colon: "198 (4884): 1120–1124" (not "Part 2: 1939–1945", a heading).
     */
    private static final String NOT_PAGE_BEFORE =
            "(?<!(?<![\\p{L}.])(?:page|pages|pp?\\.|trang|σελ\\.|σελιδα|s\\.|seite|с\\.|стр\\.)\\s)"
            + "(?<!\\p{N}\\s?\\(\\p{N}{1,5}\\):\\s)";
    private static final Map<String, List<String>> COUNTED_NOUNS = DataFiles.foldedWordsByLanguage(
            RuleBasedDateExtractor.class, "counted-nouns.tsv");
    private static final Map<String, List<String>> YEAR_PREPOSITIONS = DataFiles.foldedWordsByLanguage(
            RuleBasedDateExtractor.class, "year-prepositions.tsv");
    /** The labels of a flight, whose number may follow its airline's code: "Flight BA 2019", "vol AF 1204". */
    private static final Set<String> FLIGHT_WORDS = Set.of("flight", "flug", "vol", "vuelo", "volo", "voo");
    /** Two-letter words after a flight's label that are no airline's code: "le vol de 1990", "flight by 2020". */
    private static final String SHORT_WORDS = "(?:de|du|of|da|do|di|in|en|im|am|um|le|la|el|al|to|at|on|au|by|up|as|is"
            + "|or|et|no|so|if|it|an|be|we|he|my)";
    private static final Map<String, List<String>> NUMBER_LABELS = DataFiles.foldedWordsByLanguage(
            RuleBasedDateExtractor.class, "number-labels.tsv");
    /** The words that join the last of a list ("Flights 1549 and 1550"): range-words.tsv's "and" column. */
    static final Map<String, List<String>> AND_WORDS = DataFiles.foldedWords(RuleBasedDateExtractor.class,
            "range-words.tsv", 4);
    /** The Russian word for year after a year, or its abbreviation: "2014 года", "2014г.". */
    private static final String YEAR_WORD_AFTER = "(?:год|г\\.)";
    private static final String ROMAN = "[ivxl]{1,6}";
    /** Hebrew "מאה" (century) with the prefixes it takes: "במאה ה-19" (in the 19th century), "והמאה", "מהמאה". */
    private static final List<String> HEBREW_CENTURY_WORDS = Stream.of("", "ו").flatMap(and -> Stream.of("", "ה", "ב",
            "ל", "מה").map(prefix -> and + prefix + "מאה")).toList();
    /**
     * Century words before the number (vi, el, ru, es...) or after it (en, de, fr, el, nl, tr; Polish after two Roman
     * digits at least, as "i wieku" is "and age"); Greek also abbreviates it: "τον 19ο αι.", "5ος αι. π.Χ.", and
     * Polish with its dot: "w XX w." (in the 20th century), which the preposition "w" never takes; Russian and
     * Ukrainian after Roman digits: "в XIX в.", "у XIX ст."; Turkish writes Roman digits with a dot: "XIX.
     * yüzyıl"; Hindi after its ordinal digits: "12वीं शताब्दी", "19वीं सदी"; Georgian in any case form after Roman
     * digits or its ordinal prefix: "XI საუკუნეში", "მე-12 საუკუნის", but not after its mark of the era before ours,
     * which stands before the century ("ძვ. წ. IV საუკუნეში").
     */
    static final String CENTURY = "\\b(?<!ძვ\\.\\s?წ\\.\\s?)"
            + "(?:(?<part>early|mid|late|dau|đau|giua|cuoi|αρχες|μεσα|τελη|debut)[\\s-]+"
            + "(?:(?:of\\s+)?the\\s+|du\\s+)?)?(?:"
            // a bare number before the English word counts centuries: "3 centuries ago"
            + "(?:the\\s+)?(?<arabic>\\d{1,2})(?:st|nd|rd|th|ος|ου|ο|o|e|de|er|eme|\\.|(?!\\s*centur))\\s*"
            + "(?:century|centuries|αιωνας|αιωνα|αι\\.|jahrhundert|jahrhunderts|siecle|siglo|seculo|secolo|век|века|веке"
            + "|веку|eeuw|столітт[яію]|сторічч[яію]"
            + "|yuzy[iı]l\\p{L}*|stoleti|storoci(?:a|u|om)?|stoljec(?:a|u|e|ima)?|stoletj(?:a|u|e)?"
            + "|szazad(?:ban|ot|ra|ig|tol|bol|i|nak|dal|on|hoz)?|arhundrede[ts]?|arhundre[ts]?|arhundradet|vek[au]?"
            + "|vijek[au]?|gadsimt(?:s|a|i|u)?|sajand(?:i|il|is|ist|ini)?)"
            + "|(?<roman>" + ROMAN + ")(?:e|eme|er|\\.)?\\s+(?:siecles?|siglo|seculo|secolo|век|века|веке|веках|веков"
            + "|столітт[яію]х?|століть|сторічч[яію]|amz\\p{L}+|в\\.|ст\\.|yuzy[iı]l\\p{L}*|საუკუნ\\p{L}*)"
            + "|(?<roman3>[ivxl]{2,6})\\s+(?:wiek(?:u|ach)?|w\\.)"
            + "|(?:the\\s+ki|thê ky|the ky|seculos?|siglos?|secol[oi]|segle|secolul|abad)\\s+(?:(?:thu|al)\\s+|ke-?)?"
            + "(?:(?<arabic2>\\d{1,2})|(?<roman2>" + ROMAN + "))(?:-lea)?"
            + "|(?:" + Alternation.of(HEBREW_CENTURY_WORDS) + ")\\s+ה-?(?<arabic3>\\d{1,2})"
            // only ordinals: "2 सदी पुराना" (two centuries old), "12 საუკუნე გავიდა" (twelve centuries passed)
            + "|(?<arabic4>\\d{1,2})\\s?वीं\\s*(?:शताब्दी|सदी)|მე-(?<arabic5>\\d{1,2})\\s+საუკუნ\\p{L}*"
            + ")(?![\\p{L}\\p{N}_])(?:\\s*(?<bce>" + Alternation.of(EraYears.marksBeforeCommonEra())
            + ")(?![\\p{L}\\p{N}]))?";
    /**
     * What every match of {@link #CENTURY} and of {@link CenturyRanges}' patterns holds, one of its century words
     * (or a part of one: "centur", "stolet", or Polish " w."), so that the many texts without any skip those patterns.
     */
    static final Predicate<String> MAY_NAME_CENTURY = RuleBasedDateExtractor::mayNameCentury;
    private static final List<String> CENTURY_WORD_PARTS = List.of("centur", "αι", "jahrhundert", "siecle", "siglo",
            "secul", "secol", "segle", "abad", "век", "століт", "сторічч", "eeuw", "yuzy", "stolet", "storoci",
            "stoljec", "szazad", "arhundr", "vek", "vijek", "gadsimt", "sajand", "amz", "wiek", " w.", "מאה", " в.",
            " ст.", "शताब्दी", "सदी", "საუკუნ");
    /** The Vietnamese century word before its number, "thế kỷ" or "thế kỉ", folded with or without its circumflex. */
    private static final Pattern VIETNAMESE_CENTURY_WORD = Pattern.compile("(?U)th[eê]\\s+k[iy]\\s");
    /**
     * After a year: no mark of the era before ours, whose rule reads the year ({@link EraYears}); else a part word
     * before it makes the longer mention in our era ("circa 1200 BC", "early 1200 BC" were 1200).
     */
    private static final String NOT_BEFORE_COMMON_ERA_AFTER = "(?!\\s*(?:"
            + Alternation.of(EraYears.marksBeforeCommonEra()) + ")(?![\\p{L}\\p{N}]))";
    /** What {@link #CENTURY} begins with, besides a part word or a digit: its words and the Roman digits. */
    private static final List<String> CENTURY_FIRST_WORDS = Stream.concat(Stream.of("the", "thê", "seculo",
            "siglo", "secolo", "secoli", "segle", "secolul", "abad", "i", "v", "x", "l", "მე"),
            HEBREW_CENTURY_WORDS.stream()).toList();
    /** Words before a period that say which part of it is meant (part-words.tsv), with the modifier they give. */
    private static final Map<String, Modifier> PART_WORDS = byWord("part-words.tsv", 1, Modifier::valueOf);
    /** Part words after the period: Hungarian "április végén", "2017 elején". */
    private static final Map<String, Modifier> PART_WORDS_AFTER = byWord("part-words.tsv", 2, Modifier::valueOf);
    private static final String PART_AFTER = "(?:\\s+(?<after>" + Alternation.of(PART_WORDS_AFTER.keySet())
            + ")(?![\\p{L}\\p{N}]))?";
    /** Season words (season-words.tsv) by their TIMEX code. */
    private static final Map<String, String> SEASON_WORDS = byWord("season-words.tsv", 1, Function.identity());
    /** Season words read only in their own language, other words elsewhere (English "estate", Spanish "lente"). */
    private static final Map<String, Map<String, String>> OWN_LANGUAGE_SEASON_WORDS = ownLanguageSeasonWords();
    /** The languages of {@link #SEASON_WORDS_AFTER_YEAR}'s forms, which are other words elsewhere (Dutch "telen"). */
    private static final Set<String> SEASON_AFTER_YEAR_LANGUAGES = Set.of("hu", "tr", "ja", "zh", "ko");
    /**
     * Season words that follow their year: Hungarian "2008 nyarán", Turkish "2014 yazında", Japanese "2014年夏",
     * Korean "2014년 봄".
     */
    private static final Map<String, String> SEASON_WORDS_AFTER_YEAR =
            byWord("season-words.tsv", 2, Function.identity());
    /**
     * After a season's name a word ends, or a Han one does not start a word of its own: "2014年春节" is the Spring
     * Festival, "2022年冬奥会" the Winter Olympics, "2019年冬至" the solstice, "2016年春运" the festival's travel, "春晚"
     * its gala, "夏普" a firm, "秋装" clothes, Japanese "春闘" the spring wage talks, "秋葉原" a place, nor is "夏" of
     * "夏季奥运会" (the Summer Olympics) a season of its own (Chinese runs its words together: "2012年春天大桥通车"); a
     * Korean one may take its particle ("2026년 봄에", in the spring of 2026; "지난 겨울은", last winter).
     */
    static final String HAN_SEASON_OR_WORD_END = "(?:(?<=\\p{IsHan})(?![节節奥奧至运運晚普装裝招收季天闘葉])"
            + "|(?<=\\p{IsHangul})(?=(?:에|에는|부터|까지|의|은|는|도)?(?![\\p{L}\\p{N}]))|(?![\\p{L}\\p{N}]))";
    /** {@code period-parts.tsv}: each language's phrases for a part of the period after them, with its modifier. */
    private static final Map<String, Map<String, Modifier>> PERIOD_PARTS = periodParts("period-parts.tsv");
    /** {@code period-halves.tsv}: each language's phrases for a half of the period after them, as its start or end. */
    private static final Map<String, Map<String, Modifier>> PERIOD_HALVES = periodParts("period-halves.tsv");
    /** {@code genitive-period-parts.tsv}: each language's nouns for a part of the period before them, "årets slut". */
    private static final Map<String, Map<String, Modifier>> GENITIVE_PERIOD_PARTS =
            periodParts("genitive-period-parts.tsv");
    /**
     * Words after which a part word is no part of the period after it, by language: Vietnamese "trùng tu lần cuối năm
     * 1995" (renovated the last time in 1995, not at the end of 1995), "lần đầu năm 1990" (the first time); Indonesian
     * "hasil akhir tahun lalu" (last year's final result), "babak awal Maret" (the first round in March).
     */
    private static final Map<String, String> PART_NOT_AFTER = Map.of("vi", "(?<!(?<!\\p{L})lan\\s)",
            "id", "(?<!(?<!\\p{L})(?:hasil|babak|ujian|tahap|skor|nilai|putaran|laga)\\s)");
    /**
     * The words between a part word and its period: "τέλη του 2019", "τέλη του έτους 2019", "sfârșitul anului 2017",
     * "края на 2019", "the end of the year 1990".
     */
    private static final String PART_JOINERS = "of|the year|the|του ετους|του|της|des|du|der|на|lunii|anului|lui|roku";
    /** Every language's phrases of {@link #PERIOD_PARTS}, which mean the same part wherever one is read. */
    private static final Map<String, Modifier> ANY_PERIOD_PART = PERIOD_PARTS.values().stream()
            .flatMap(parts -> parts.entrySet().stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));

    /**
     * Words before a decade: "the 1990s", and those that make the year after them a decade ("thập niên 1990",
     * "những năm 1990", "δεκαετία του 1990", "années 1990", "anilor 1980", "als anys 1980").
     */
    private static final List<String> DECADE_WORDS = List.of("the", "thap nien", "thap ky", "nhung nam",
            "δεκαετια του", "δεκαετιας του", "annees", "decennie", "decada de", "decadas de", "anii", "anilor",
            "los anos", "os anos", "dos anos", "nos anos", "gli anni", "negli anni", "degli anni", "de jaren",
            "els anys", "als anys", "dels anys", "دهه");
    /**
     * The words before a decade written by its tens alone, in digits or words, taken as the 20th century's: "los años
     * 80", "negli anni '60", "os anos oitenta", "de jaren zestig", "w latach 80.", "les années 70", "της δεκαετίας του
     * '70", "thập niên 90", "những năm 80". With their article or preposition, as "anos 30", "jaren 20" and "lata
     * 20" are also counts of years ("nos últimos anos 30 pessoas").
     */
    private static final List<String> TENS_DECADE_WORDS = Stream.concat(Stream.of("los anos", "os anos", "dos anos",
            "nos anos", "gli anni", "negli anni", "degli anni", "dagli anni", "de jaren", "w latach", "annees",
            "els anys", "als anys", "dels anys", "decada de los", "anii", "anilor", "δεκαετια του", "δεκαετιας του"),
            CenturyDecades.VIETNAMESE_DECADE_WORDS.stream())
            .toList();
    /**
     * The words before a decade's tens that make one only right after a part phrase: Polish "na początku lat 90.",
     * Dutch "begin jaren negentig"; alone they also count years ("dzieci do lat 10", "jaren 20 gewerkt").
     */
    private static final List<String> TENS_DECADE_WORDS_AFTER_PART = List.of("lat", "jaren", "anni");
    /** Languages that write the tens of a decade as an ordinal, with a dot: Polish "w latach 80.". */
    private static final Set<String> DOTTED_TENS = Set.of("pl");
    /**
     * What follows the tens of a 20th-century decade and makes them one, where the language marks the decade after its
     * number: German "80er Jahre", "80er-Jahre", "in den 80ern", and spelled, "die neunziger Jahre", "Siebzigerjahre";
     * Russian "90-е годы", "90-х годах"; Ukrainian "90-ті роки"; Czech "90. léta", "v 90. letech"; Slovene "v 90.
     * letih"; Slovak "v 90. rokoch"; Bulgarian "90-те години". Russian, Ukrainian and Bulgarian need the word for
     * years, as "90-х" alone is also an ordinal ("на 90-х минутах").
     */
    private static final Map<String, TensMark> TENS_DECADE_MARKS = Map.of(
            "de", new TensMark("er(?:[\\s-]+jahre\\p{L}*|n\\b)", "er\\s*jahre\\p{L}*"),
            "ru", new TensMark("-(?:е|х|ые|ых)\\s+год\\p{L}*", null),
            "uk", new TensMark("-(?:ті|х)\\s+рок\\p{L}*", null),
            "cs", new TensMark("\\.\\s+let\\p{L}{0,3}", null),
            "sl", new TensMark("\\.\\s+let\\p{L}{0,3}", null),
            "sk", new TensMark("\\.\\s+rok\\p{L}{0,3}", null),
            "bg", new TensMark("-те\\s+год\\p{L}*", null));

    /**
     * Hebrew names a decade of the 20th century by its tens after "שנות ה-" (the years of the), with "in", "from",
     * "to" or "and" written on: "בשנות ה-90", "משנות ה־80"; not an age ("בשנות ה-30 לחייו", "בשנות ה-50 שלו") nor,
     * as it stands, a decade of a century told after it ("בשנות ה-90 של המאה ה-19").
     */
    private static final String HEBREW_TENS_DECADE = "(?<![\\p{L}\\p{N}])ו?[בלמ]?שנות\\s+ה[-־]?(?<tens>[2-9])0"
            + "(?!\\p{N})(?!\\s+של(?:ו|ה|הם|הן)?(?!\\p{L})|(?:\\s+\\p{L}+)?\\s+לחיי)";
    private static final List<String> HEBREW_DECADE_WORDS = List.of("שנות", "בשנות", "לשנות", "משנות", "ושנות",
            "ובשנות", "ולשנות", "ומשנות");

    /** What follows a decade's tens in digits, and what follows them spelled out (null: not written so). */
    private record TensMark(String afterDigits, String afterWords) {
    }

    /**
     * What makes a year the one of the day or month after it: Georgian "2015 წლის 14 აპრილი" ("of the year 2015"),
     * with an ordinal day ("მე-3 მარტი", the 3rd of March) or none ("2014 წლის ოქტომბერი"), or a quarter.
     */
    static final String YEAR_FIRST = NOT_NUMBER_BEFORE + YEAR + "\\s+წლის\\s+";
    /**
     * The words for "of the year" after a year written as an ordinal, with the day or month after them: Latvian
     * "2014. gada 15. martā", "2014. gada martā", Estonian "1990. aasta oktoobris".
     */
    private static final List<String> ORDINAL_YEAR_WORDS = List.of("gada", "aasta");
    /** Lithuanian writes the year, "m." (metai), the month in the genitive and the day: "2014 m. kovo 15 d.". */
    private static final String LITHUANIAN_YEAR_FIRST = NOT_NUMBER_BEFORE + YEAR + "\\s+m\\.\\s+";
    /** What a Georgian digit ordinal opens with: "მე-3" (3rd). */
    static final String ORDINAL_PREFIX = "მე-";
    static final String DAY_ORDINAL_PREFIX = "(?:" + ORDINAL_PREFIX + ")?";

    /** The most times anaphora is found again, each pass one more link of a chain ("the next year" thrice). */
    private static final int ANAPHORA_PASSES = 6;
    /** A number past this with nothing around it is a flight, a model or a count ("BA 2490"), not a year. */
    private static final int LAST_BARE_YEAR = 2199;

    private final Map<String, List<DateRule>> rulesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, FirstWords> firstWordsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, RelativeDates> relativeByLanguage = new ConcurrentHashMap<>();
    private final Map<String, Holidays> holidaysByLanguage = new ConcurrentHashMap<>();
    private final Map<String, SpelledYears> spelledYearsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, AnaphoricDates> anaphoraByLanguage = new ConcurrentHashMap<>();
    private final Map<String, CompoundCounts> compoundCountsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, DateRanges> rangesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, SpansFromDays> spansFromDaysByLanguage = new ConcurrentHashMap<>();
    private final Map<String, PartSuffixes> partSuffixesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, PartsBefore> partsBeforeByLanguage = new ConcurrentHashMap<>();
    private final Map<String, WeekdaysOfWeeks> weekdaysOfWeeksByLanguage = new ConcurrentHashMap<>();
    private final Map<String, DaysOfMonths> daysOfMonthsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, DatesWithWeekdays> datesWithWeekdaysByLanguage = new ConcurrentHashMap<>();
    private final Map<String, TensedWeekdays> tensedWeekdaysByLanguage = new ConcurrentHashMap<>();
    private final Map<String, Weekends> weekendsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, TensedYears> tensedYearsByLanguage = new ConcurrentHashMap<>();
    private final Map<String, ClauseTense> clauseTensesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, WeekdaysAfterDays> weekdaysAfterDaysByLanguage = new ConcurrentHashMap<>();
    private final Map<String, RelativeMonths> relativeMonthsByLanguage = new ConcurrentHashMap<>();

    @Override
    public List<DateMention> extract(String text, String language, LocalDateTime reference,
                                     DatePreference preference) {
        String folded = TextFolding.fold(text);
        List<DateMention> found = new ArrayList<>();
        Map<Span, ResolvedDate.Taken> taken = new HashMap<>();
        Map<Predicate<String>, Boolean> needsMet = new HashMap<>();
        DateRanges ranges = rangesByLanguage.computeIfAbsent(language, DateRanges::of);
        List<DateRule> rules = rulesByLanguage.computeIfAbsent(language, l -> rulesFor(l, ranges));
        MatchStarts starts = MatchStarts.of(folded, firstWordsByLanguage.computeIfAbsent(language,
                l -> FirstWords.of(rules.stream().map(DateRule::start).toList())));
        for (DateRule rule : rules) {
            if (rule.mayMatch(folded, needsMet)) {
                starts.forEach(rule.pattern(), rule.start(), matcher -> rule.resolver().apply(matcher, reference)
                        .filter(date -> rule.writing().test(text, matcher))
                        .ifPresent(date -> {
                            found.add(new DateMention(text.substring(matcher.start(), matcher.end()),
                                    matcher.start(), matcher.end(), date.value(), date.granularity(),
                                    date.modifier(), date.rangeEnd(), false));
                            if (date.taken() != ResolvedDate.Taken.NOTHING) {
                                taken.put(new Span(matcher.start(), matcher.end()), date.taken());
                            }
                        }));
            }
        }
        if (LunarDays.writtenIn(language)) {
            found.removeIf(LunarDays.beforeMark(folded));
        }
        if (StreetNames.writtenIn(language)) {
            StreetNames.removeFrom(found, text);
        }
        List<RelativeDates.Found> named = new ArrayList<>(relativeByLanguage
                .computeIfAbsent(language, RelativeDates::of).find(text, folded, reference));
        named.addAll(holidaysByLanguage.computeIfAbsent(language, l -> Holidays.of(l, spelledYears(l), clauseTense(l)))
                .find(text, folded, reference));
        for (RelativeDates.Found relative : named) {
            ResolvedDate date = relative.date();
            found.add(new DateMention(text.substring(relative.start(), relative.end()), relative.start(),
                    relative.end(), date.value(), date.granularity(), date.modifier(), date.rangeEnd(), false));
            if (date.taken() != ResolvedDate.Taken.NOTHING) {
                taken.put(new Span(relative.start(), relative.end()), date.taken());
            }
        }
        if (NumberedWeekdays.writtenIn(language)) {
            found.removeIf(NumberedWeekdays.misread(text));
        }
        WeekdaysOfWeeks weekdaysOfWeeks = weekdaysOfWeeksByLanguage.computeIfAbsent(language, WeekdaysOfWeeks::of);
        found.removeIf(mention -> weekdaysOfWeeks.insideName(folded, mention.start()));
        AnaphoricDates anaphora = anaphoraByLanguage.computeIfAbsent(language,
                l -> AnaphoricDates.of(l, clauseTense(l)));
        // the tense moves a day before anything counts from it ("He resigned on Tuesday. Two days later...")
        LocalDate referenceDay = reference.toLocalDate();
        ClauseTense tense = clauseTense(language);
        List<DateMention> weekends = weekendsByLanguage.computeIfAbsent(language, l -> Weekends.of(l, tense))
                .resolve(text, folded, longestFirstWithoutOverlaps(found), referenceDay, preference);
        List<DateMention> tensed = MonthsToldBefore.resolve(YearsToldBefore.resolve(text, tensedYearsByLanguage
                .computeIfAbsent(language, l -> TensedYears.of(tense)).resolve(text, tensedWeekdaysByLanguage
                        .computeIfAbsent(language, l -> TensedWeekdays.of(l, tense))
                        .resolve(text, folded, weekends, referenceDay, preference),
                        taken, referenceDay, preference), taken, referenceDay, language, tense), taken, referenceDay,
                text, tense);
        // before the anaphora, which would read "for 10 days from 18 December" as the day 10 days on
        List<DateMention> mentions = spansFromDaysByLanguage.computeIfAbsent(language,
                l -> SpansFromDays.of(l, anaphora)).join(text, folded, tensed);
        mentions = withAnaphora(text, starts, anaphora, mentions, referenceDay);
        if (MonthsOfToldYears.writtenIn(language)) {
            mentions = MonthsOfToldYears.join(text, folded, mentions, MonthNames.of(language), seasonWords(language));
        }
        // a count that leans on the date after it ("3 days after Easter") takes that date in
        mentions = compoundCountsByLanguage.computeIfAbsent(language, l -> CompoundCounts.of(anaphora))
                .join(text, folded, longestFirstWithoutOverlaps(mentions), reference);
        mentions = partSuffixesByLanguage.computeIfAbsent(language, l -> PartSuffixes.of(l, PART_WORDS_AFTER))
                .join(text, folded, mentions);
        mentions = partsBeforeByLanguage.computeIfAbsent(language, RuleBasedDateExtractor::partsBefore)
                .join(text, folded, mentions);
        List<DateMention> days = weekdaysOfWeeks
                .join(text, folded, DaysInRelativeYears.join(text, folded,
                        ranges.join(text, starts, mentions, reference), referenceDay,
                        spelledYears(language)::namesAMonth));
        days = spelledYears(language).join(text, folded, days);
        days = daysOfMonthsByLanguage.computeIfAbsent(language, DaysOfMonths::of).join(text, folded, days);
        days = datesWithWeekdaysByLanguage.computeIfAbsent(language, DatesWithWeekdays::of)
                .join(text, folded, days, referenceDay);
        days = weekdaysAfterDaysByLanguage.computeIfAbsent(language, WeekdaysAfterDays::of)
                .join(text, folded, holidaysByLanguage.get(language).joinRelativeDates(text, folded, days));
        // before the lists, whose days take the year of the day the word follows: "les 20, 21 et 22 mai dernier"
        days = relativeMonthsByLanguage.computeIfAbsent(language, RelativeMonths::of)
                .join(text, folded, days, referenceDay);
        days = DecadesOfCenturies.join(text, days);
        days = ListedYears.of(language, RuleBasedDateExtractor::seasonWords).join(text, folded,
                ListedDays.of(language).join(text, folded, days));
        days = ListedDecades.join(language, text, folded, ErasInParentheses.join(language, text,
                CenturiesOfTens.resolve(text, days)));
        if (NumberedWeekdays.writtenIn(language)) {
            // again, as the weekdays of weeks are read anew beside the weeks ("doanh thu 2 tuần trước"), and before
            // a clock may join or follow a misread one
            days = days.stream().filter(NumberedWeekdays.misread(text).negate()).toList();
        }
        return SolarHijriDates.inCommonEra(language, text,
                BuddhistEraYears.inCommonEra(language, ClocksAfterDays.resolve(text, DailyHours.drop(text, folded,
                        TimesOnDays.join(language, text, folded, days), referenceDay.toString()),
                        referenceDay.toString(), clauseTense(language))), reference);
    }

    /**
     * The mentions with the anaphoric dates in place of what they hold, found again until they stay the same: the
     * second time "that same year" after "the next year" counts from the year that phrase gave, not from the "next
     * year" it held; a chain of n phrases needs n passes, and articles chain a few at most.
     */
    private static List<DateMention> withAnaphora(String text, MatchStarts starts, AnaphoricDates anaphora,
                                                  List<DateMention> mentions, LocalDate reference) {
        List<DateMention> resolved = new ArrayList<>(mentions);
        List<DateMention> previous = List.of();
        for (int pass = 0; pass < ANAPHORA_PASSES; pass++) {
            resolved.sort(Comparator.comparingInt(DateMention::start));
            AnaphoricDates.Found anaphoric = anaphora.find(text, starts, resolved, reference);
            if (anaphoric.dates().equals(previous) && anaphoric.heldWithoutAnchor().isEmpty()) {
                break;
            }
            resolved.removeIf(mention -> anaphoric.heldWithoutAnchor().contains(mention) || anaphoric.dates()
                    .stream().anyMatch(phrase -> AnaphoricDates.holds(phrase.start(), phrase.end(), mention)));
            resolved.addAll(anaphoric.dates());
            previous = anaphoric.dates();
        }
        resolved.sort(Comparator.comparingInt(DateMention::start));
        return resolved;
    }

    /** The language's tense reader, one for all the steps that read tenses; null where it has no tense words. */
    private ClauseTense clauseTense(String language) {
        return clauseTensesByLanguage.computeIfAbsent(language, ClauseTense::of);
    }

    private SpelledYears spelledYears(String language) {
        return spelledYearsByLanguage.computeIfAbsent(language, l -> SpelledYears.of(ULocale.forLanguageTag(l)));
    }

    /** Whether no sentence ends after the month: "on 12 July. In 2021, ..." is a day and a year, not one date. */
    private static boolean inOneSentence(String text, Matcher m) {
        return !SENTENCE_AFTER_MONTH.matcher(text).region(m.end("month"), m.end()).find();
    }

    private static List<DateMention> longestFirstWithoutOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt((DateMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(DateMention::start));
        TreeMap<Integer, DateMention> kept = new TreeMap<>();
        for (DateMention candidate : found) {
            Map.Entry<Integer, DateMention> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, DateMention> after = kept.ceilingEntry(candidate.start());
            boolean free = (before == null || before.getValue().end() <= candidate.start())
                    && (after == null || after.getKey() >= candidate.end());
            if (free) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static List<DateRule> rulesFor(String language, DateRanges ranges) {
        List<DateRule> rules = new ArrayList<>(ranges.rules());
        // before the Gregorian readings, which win a tie of spans otherwise: "23 tháng Chạp" is a lunar day
        rules.addAll(LunarDays.rules(language));
        rules.addAll(SpelledDays.rules(language, MonthNames.of(language)));
        SpelledDays.possessedRule(language, MonthNames.of(language)).ifPresent(rules::add);
        rules.addAll(absoluteRules(language));
        rules.addAll(Quarters.rules(language));
        rules.addAll(EraYears.rules(language));
        rules.addAll(RelativeSpans.rules(language));
        rules.addAll(RelativeWeekdays.rules(language));
        rules.addAll(RelativeMonths.rules(language));
        rules.addAll(RelativeSeasons.rules(language, relativeSeasonWords(language)));
        rules.addAll(Weekends.rules(language));
        rules.addAll(BarePeriodParts.rules(language, partPhrases(language), partWordsAfter(language)));
        rules.addAll(DaysWithoutMonth.rules(language));
        rules.addAll(CjkDays.rules(language));
        rules.addAll(KanaMonths.rules(language));
        rules.addAll(CenturyDecades.rules(language));
        rules.addAll(CenturyRanges.rules(language));
        rules.addAll(ItalianCenturies.rules(language));
        rules.addAll(CountedWeekdays.rules(language));
        rules.addAll(CalendarEras.rules(language));
        rules.addAll(SolarHijriDates.rules(language));
        rules.addAll(JulianGregorianDates.rules(language));
        rules.addAll(EventDays.rules(language));
        rules.addAll(NumericDateRules.of(language));
        rules.addAll(MonthNameNumericDates.rules(language));
        Weekdays.rule(language, MonthNames.of(language)).ifPresent(rules::add);
        rules.addAll(OrdinalDays.rules(language, MonthNames.of(language)));
        OrdinalMonths.rule(language).ifPresent(rules::add);
        // tried at every candidate, they would cost as much as any other rule
        rules.removeIf(DateRule::neverMatches);
        return rules;
    }

    /**
     * Languages whose full month names are not everyday words too (unlike English "may" and "march" or French
     * "mars"), so that a month may stand alone: "τον Μάρτιο", "в марте", "im März", "tháng 6"; less the few that are
     * ({@code month-lookalikes.tsv}: Romanian "mai", also "more").
     */
    private static final Set<String> BARE_MONTH_LANGUAGES = Set.of("el", "vi", "ru", "uk", "bg", "de", "nl", "it",
            "es", "pt", "pl", "cs", "da", "nb", "sv", "ca", "hr", "ro", "hu", "ka", "fi");

    /**
     * English months are everyday words too ("may", "march"), and French "mars" is the planet, so one stands alone
     * only after a word that makes it a month: "in March", "until June", "early May", "en mars", "au mois de mars".
     * Not "by", "of" or "from": "criticised by May". Arabic "مارس" is also "he practised", and "آب" (August) folds
     * to "اب", "father": "في مارس", "شهر آب", "منذ أيار", also after the conjunction written as their prefix
     * ("وفي فبراير"). Romanian "mai" (also "more") only after "luna" (the month), not "o lună" (a month: "o lună mai
     * târziu"); Czech "září" (also "shines") after "v", "od", "do" ("v září"); Indonesian "April", "Mei", "Juni",
     * "Juli", "Agustus" (also first names: "Mei Lin tiba") after "pada", "sejak", "bulan" ("pada Juni"); the
     * others also where they stand capitalised and alone, not in a name ("Universitas Sebelas Maret Surakarta").
     */
    private static final Map<String, String> MONTH_PREPOSITIONS = Map.of(
            "en", "\\b(?:in|during|since|until|till|through)\\s",
            "fr", "\\b(?:en|depuis|jusqu'en|mois de)\\s|\\bmois d'",
            "ar", "\\b[وف]?(?:" + TextFolding.fold("في|منذ|حتى|خلال|شهر") + ")\\s", "ro", "(?<!\\bo\\s)\\bluna\\s",
            "cs", "\\b(?:" + TextFolding.fold("v|ve|od|do|během|koncem|začátkem|polovině|měsíc|měsíce|měsíci") + ")\\s",
            "id", "\\b(?:pada|sejak|hingga|sampai|selama|jelang|menjelang|bulan)\\s");
    /**
     * Words that schedule, after which "for" or "to" makes an English month that is an everyday word too a month
     * where it stands capitalised and alone: "scheduled for May", "postponed to June"; not "voted for May", "wrote to
     * June", "moved to May" (a post), "planned for April Ryan", "set for May to announce", "set for May by her party".
     */
    private static final Map<String, String> SCHEDULING_WORDS = Map.of(
            "en", "\\b(?:(?:scheduled|slated|set|planned|due|billed)\\s{1,3}for|(?:postponed|delayed|deferred"
                    + "|rescheduled|pushed\\s{1,3}back|put\\s{1,3}back|put\\s{1,3}off|brought\\s{1,3}forward)"
                    + "\\s{1,3}to)\\s");
    private static final Pattern CAPITALISED_NEXT_WORD = Pattern.compile("[ \\t]+\\p{Lu}");
    /** A capitalised word before a month that does not open its sentence: a name's ("Black September", "Red October"). */
    private static final Pattern CAPITALISED_WORD_BEFORE = Pattern.compile("[^.!?\\s][ \\t]+\\p{Lu}\\p{L}*[ \\t]+\\z");
    private static final int NAME_REACH = 40;
    /**
     * Month names that are other words too, in the languages where the other months stand alone when capitalised
     * ({@code month-lookalikes.tsv}).
     */
    private static final Map<String, List<String>> MONTH_LOOKALIKES = DataFiles.foldedWordsByLanguage(
            RuleBasedDateExtractor.class, "month-lookalikes.tsv");
    /**
     * The year named in words after a month that makes its name alone a month too, where prepositions do not: "June
     * next year", "March of last year", "March in 1 year" ({@link DaysInRelativeYears} joins the two).
     */
    private static final Map<String, String> MONTH_BEFORE_YEAR_WORDS = Map.of(
            "en", "(?=\\s+(?:(?:of\\s+)?(?:next|last|this)\\s+year|in\\s+(?:a|\\d{1,2})\\s+years?)\\b)");
    /** For a language without part words: a part that never matches. */
    private static final String NO_MONTH_PART = "(?<part>(?!))";
    /** The words for a part of a month that make its name alone a month too: "the end of April", "fin mars". */
    private static final Map<String, String> MONTH_PARTS = Map.of(
            "en", "(?:the\\s+)?(?<part>early|mid|late|beginning|start|middle|end)(?:(?<=early|mid|late)[\\s-]+"
                    + "|(?<=beginning|start|middle|end)\\s+of\\s+(?:the\\s+month\\s+of\\s+)?)",
            "fr", "(?<part>debut|mi|fin)[\\s-]+(?:(?:du\\s+)?mois\\s+)?(?:de\\s+|d')?",
            "id", "(?<part>pada\\s+awal|pertengahan|pada\\s+akhir)\\s+(?:bulan\\s+)?");
    /** Words for a part of a period that stand only before "of": "the end of April", not "they end 2014". */
    private static final Map<String, Modifier> PART_OF_WORDS = Map.of("beginning", Modifier.START,
            "start", Modifier.START, "middle", Modifier.MID, "end", Modifier.END);

    /**
     * Turkish month names are everyday words and names too ("ocak", hearth; "aralık", gap; "Kasım"), so one stands
     * alone only as a date is written: capitalised, with its case ending after an apostrophe ("Mart'ta", "Mayıs'tan");
     * in any case before "ay" ("şubat ayında") or with its locative or ablative glued on, as news writes months
     * without a day ("şubatta", "marttan"), except the names whose glued forms are everyday words ("ocakta", in the
     * hearth; "aralıkta", in the gap; "ekimde", in the sowing).
     */
    private static final Map<String, String> MONTH_ENDINGS = Map.of("tr",
            "(?:(?='\\p{L})|(?<any>(?=\\s+ay(?:ı|ın|ında|ından|ına)?\\b)|(?<!\\bocak|\\baralık|\\baralik|\\bekim)"
            + "[dt][ae]n?(?!\\p{L})))");

    /**
     * Languages whose day after its month takes the ordinal dot, Hungarian "június 18."; elsewhere a dot there closes
     * the sentence ("on June 18.") and stays out of the mention.
     */
    private static final Set<String> DOTTED_DAY_AFTER_MONTH = Set.of("hu");

    /** Languages that may write a month after its year, as they write the whole date: Turkish "2016 Kasım". */
    private static final Set<String> YEAR_BEFORE_MONTH = Set.of("tr");

    /** The words of one column of a "key TAB words..." file, each with what its line's key stands for. */
    private static <T> Map<String, T> byWord(String resource, int column, Function<String, T> key) {
        Map<String, T> keys = new HashMap<>();
        DataFiles.foldedWords(RuleBasedDateExtractor.class, resource, column)
                .forEach((name, words) -> words.forEach(word -> keys.put(word, key.apply(name))));
        return keys;
    }

    /** The season words read in {@code language}: every language's and its own. */
    private static Map<String, String> seasonWords(String language) {
        Map<String, String> own = OWN_LANGUAGE_SEASON_WORDS.get(ULocale.forLanguageTag(language).getLanguage());
        if (own == null) {
            return SEASON_WORDS;
        }
        Map<String, String> words = new HashMap<>(SEASON_WORDS);
        words.putAll(own);
        return words;
    }

    /**
     * The season words that a word for this, next or last goes with: in Chinese, Japanese and Korean the forms that
     * follow a year, as the word is a year's too ("去年冬天", "昨年の冬", "작년 겨울", last year's winter).
     */
    private static Map<String, String> relativeSeasonWords(String language) {
        if (!Set.of("ja", "zh", "ko").contains(ULocale.forLanguageTag(language).getLanguage())) {
            return seasonWords(language);
        }
        Map<String, String> words = new HashMap<>(seasonWords(language));
        words.putAll(SEASON_WORDS_AFTER_YEAR);
        return words;
    }

    /** The fourth column of season-words.tsv: "language:word" by language, each word with its season's code. */
    private static Map<String, Map<String, String>> ownLanguageSeasonWords() {
        Map<String, Map<String, String>> words = new HashMap<>();
        DataFiles.foldedWords(RuleBasedDateExtractor.class, "season-words.tsv", 3).forEach((code, tagged) ->
                tagged.forEach(languageAndWord -> {
                    String[] parts = languageAndWord.split(":", 2);
                    words.computeIfAbsent(parts[0], language -> new HashMap<>()).put(parts[1], code);
                }));
        return words;
    }

    /** Whether the group "next" writes the year after the group "year", whole or by its last two digits. */
    private static boolean nextYear(Matcher m) {
        String next = String.valueOf(Integer.parseInt(m.group("year")) + 1);
        return next.equals(m.group("next")) || next.endsWith(m.group("next")) && m.group("next").length() == 2;
    }

    private static Optional<ResolvedDate> season(Matcher m, Map<String, String> codes) {
        return Optional.of(new ResolvedDate(m.group("year") + "-" + codes.get(m.group("season")), Granularity.SEASON,
                null, null));
    }

    private static List<DateRule> absoluteRules(String language) {
        MonthNames months = MonthNames.of(language);
        String month = "(?<month>" + months.alternation() + ")";
        Set<String> parts = new HashSet<>(PART_WORDS.keySet());
        parts.addAll(PERIOD_PARTS.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), Map.of()).keySet());
        String part = "(?:" + partNotAfter(language) + "(?<part>" + Alternation.notAtDigit(parts) + ")[\\s-]+(?:(?:"
                + PART_JOINERS + ")\\s+)?)?";
        Map<String, String> seasons = seasonWords(language);
        String season = "(?<season>" + Alternation.of(seasons.keySet()) + ")";
        String seasonOfYear = "\\b" + season
                + "\\s+(?:(?:of|de|del|du|van|του|nam|на|lui|anului|roku|des\\s+jahres)\\s+)?" + YEAR;
        Function<Matcher, Integer> monthName = m -> months.number(m.group("month"));
        Function<Matcher, Integer> monthDigits = m -> Integer.parseInt(m.group("month"));
        List<DateRule> rules = new ArrayList<>();
        List<String> lookalikes = MONTH_LOOKALIKES.get(ULocale.forLanguageTag(language).getLanguage());
        List<String> everyday = lookalikes == null ? List.of() : lookalikes;
        if (BARE_MONTH_LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage())) {
            rules.add(DateRule.of(Start.words(parts, months.ownWideForms()),
                    "\\b" + part + "(?<month>" + months.ownWideAlternation() + ")\\b(?![.,]?\\s*\\p{N})"
                    + PART_AFTER, (m, reference) -> monthAlone(months, m, reference, modifierBeforeOrAfter(m)))
                    .writtenAs((text, m) -> months.writtenAsListed(text, m) && !everyday.contains(m.group("month"))
                            && !months.partOfName(text, m)));
        }
        String prepositions = MONTH_PREPOSITIONS.get(ULocale.forLanguageTag(language).getLanguage());
        if (prepositions != null) {
            List<String> firstWords = new ArrayList<>(parts);
            firstWords.addAll(PART_OF_WORDS.keySet());
            firstWords.add("the");
            rules.add(DateRule.of(Start.words(firstWords, months.ownWideForms()), "(?:(?<=" + prepositions
                    + ")|" + MONTH_PARTS.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), NO_MONTH_PART)
                    + ")(?<month>"
                    + months.ownWideAlternation()
                    + ")\\b(?![.,]?\\s*\\p{N}|['’]s\\b)",
                    (m, reference) -> monthAlone(months, m, reference, modifier(m)))
                    .writtenAs((text, m) -> !everyday.contains(m.group("month")) || months.isName(m.group("month"))));
        }
        if (lookalikes != null) {
            List<String> names = months.ownWideForms().stream().filter(name -> !lookalikes.contains(name)).toList();
            rules.add(DateRule.of(Start.words(names), "\\b(?<month>" + Alternation.of(names)
                    + ")\\b(?![.,]?\\s*\\p{N})", (m, reference) -> monthAlone(months, m, reference, null))
                    .writtenAs(RuleBasedDateExtractor::capitalisedAlone));
            String scheduling = SCHEDULING_WORDS.get(ULocale.forLanguageTag(language).getLanguage());
            if (scheduling != null) {
                rules.add(DateRule.of(Start.words(lookalikes), "(?<=" + scheduling + ")(?<month>"
                        + Alternation.of(lookalikes) + ")\\b(?![.,]?\\s*\\p{N}|['’]s\\b|\\s+(?:to|by)\\b)",
                        (m, reference) -> monthAlone(months, m, reference, null))
                        .writtenAs(RuleBasedDateExtractor::capitalisedAlone));
            }
        }
        String yearWords = MONTH_BEFORE_YEAR_WORDS.get(ULocale.forLanguageTag(language).getLanguage());
        if (yearWords != null) {
            rules.add(DateRule.of(Start.words(months.ownWideForms()), "\\b(?<month>" + months.ownWideAlternation()
                    + ")" + yearWords, (m, reference) -> monthAlone(months, m, reference, null))
                    .writtenAs(months::writtenAsMonth));
        }
        if (YEAR_BEFORE_MONTH.contains(ULocale.forLanguageTag(language).getLanguage())) {
            rules.add(rule(Start.words(parts).orNumbers(Start.FOUR_DIGITS), "\\b" + part + NOT_NUMBER_BEFORE + YEAR
                    + "\\s+" + month + "\\b(?![.,]?\\s*\\p{N})" + PART_AFTER,
                    m -> month(m, monthName, modifierBeforeOrAfter(m))));
        }
        String ending = MONTH_ENDINGS.get(ULocale.forLanguageTag(language).getLanguage());
        if (ending != null) {
            rules.add(DateRule.of(Start.words(months.ownWideForms()), "\\b(?<month>"
                    + months.ownWideAlternation() + ")" + ending, (m, reference) -> monthAlone(months, m, reference,
                            null))
                    .writtenAs((text, m) -> m.group("any") != null
                            || Character.isUpperCase(text.charAt(m.start("month")))));
        }
        if (ULocale.forLanguageTag(language).getLanguage().equals("th")) {
            // Thai writes a month and its year onto the word before, where no word boundary opens the name:
            // "ในเดือนมีนาคม 2568" (in the month of March 2568), "ตั้งแต่มกราคม 2567", "เดือนมี.ค. 2568"; tried
            // everywhere, so the first letters of the Thai names are checked first
            String firstLetters = months.forms().stream().filter(form -> form.matches("\\p{IsThai}.*"))
                    .map(form -> form.substring(0, 1)).distinct().collect(Collectors.joining());
            rules.add(rule(Start.ANYWHERE, "(?=[" + firstLetters + "])(?<=\\p{IsThai})" + month + "\\b\\.?"
                    + MONTH_YEAR_JOIN + YEAR + NOT_NUMBER_AFTER + notACountAfter(language),
                    m -> month(m, monthName, null)));
        }
        if (ULocale.forLanguageTag(language).getLanguage().equals("he")) {
            rules.add(rule(Start.words(HEBREW_DECADE_WORDS), HEBREW_TENS_DECADE, m -> Optional.of(
                    new ResolvedDate("19" + m.group("tens"), Granularity.DECADE, null, null))));
        }
        for (String yearWord : ORDINAL_YEAR_WORDS) {
            String yearFirst = NOT_NUMBER_BEFORE + YEAR + "\\.\\s+" + yearWord + "\\s+";
            rules.add(rule(Start.DIGIT, yearFirst + DAY + "\\.\\s+" + month + "\\b", m -> day(m, monthName))
                    .requiring(yearWord));
            rules.add(rule(Start.DIGIT, yearFirst + month + "\\b(?!\\s*\\p{N})", m -> ResolvedDate.ofMonth(
                    Integer.parseInt(m.group("year")), monthName.apply(m), null)).requiring(yearWord));
        }
        rules.addAll(List.of(
                // a two-digit day may stand right against its month, as date stamps write it: "13Feb", "Feb13"
                DateRule.of(Start.DIGIT, NOT_NUMBER_BEFORE + "(?<!\\p{N}:)" + DAY + ORDINAL_SUFFIX
                        + "(?:\\s+" + DAY_OF_MONTH + "|(?<=[0-3]\\d))" + month + "\\b" + notYearAfter(language),
                        (m, reference) -> dayInReferenceYear(m, monthName, reference))
                        .writtenAs(months::writtenAsListed),
                DateRule.of(Start.words(months.forms()),
                        // not the month of a day before it: "On 5 November 20 people were arrested"
                        "\\b(?<!(?:^|[^:\\p{N}])\\p{N}{1,2}(?:st|nd|rd|th|\\.)?\\s)" + month
                        + "(?:\\.?\\s+(?:the\\s+)?|(?=[0-3]\\d(?!\\d)))" + DAY + ORDINAL_SUFFIX
                        + (DOTTED_DAY_AFTER_MONTH.contains(ULocale.forLanguageTag(language).getLanguage()) ? ""
                                : "(?<!\\.)")
                        + "(?![\\p{L}\\p{N}])" + notYearAfterMonthDay(language),
                        (m, reference) -> dayInReferenceYear(m, monthName, reference))
                        .writtenAs(months::writtenAsListed),
                DateRule.of(Start.words(List.of("ngay", "mong", "mung")),
                        "\\b(?:ngay|mong|mung)\\s+" + DAY
                                + "\\s+thang\\s+(?<month>1[0-2]|0?[1-9])(?![\\p{N}]|,?\\s+nam)",
                        (m, reference) -> dayInReferenceYear(m, monthDigits, reference)).requiring("thang"),
                rule(Start.words(parts, CENTURY_FIRST_WORDS).orDigit(), CENTURY, m -> century(m))
                        .requiring(MAY_NAME_CENTURY),
                rule(Start.FOUR_DIGITS, NOT_NUMBER_BEFORE + YEAR + "-(?<month>[01]?\\d)-" + DAY + NOT_NUMBER_AFTER,
                        m -> day(m, monthDigits)),
                rule(Start.words(List.of("ngay", "mong", "mung")).orNumbers(Start.DAY),
                        "(?:\\b(?:ngay|mong|mung)\\s+)?" + NOT_NUMBER_BEFORE + DAY
                        + "\\s+thang\\s+(?<month>1[0-2]|0?[1-9])(?:\\s*,)?\\s+nam\\s+" + YEAR + NOT_NUMBER_AFTER,
                        m -> day(m, monthDigits)).requiring("thang"),
                rule(Start.words(parts, List.of("thang")),
                        "\\b" + part + "thang\\s+(?<month>1[0-2]|0?[1-9])(?:(?:\\s*,)?\\s+nam\\s+|/)" + YEAR
                        + NOT_NUMBER_AFTER,
                        m -> month(m, monthDigits, modifier(m))).requiring("thang"),
                rule(Start.DAY, NOT_NUMBER_BEFORE + DAY + ORDINAL_SUFFIX + "\\s+" + DAY_OF_MONTH + month
                        + "\\b\\.?(?:\\s+(?:de|del|του|nam|of|in|des\\s+jahres|" + THAI_ERA + "))?"
                        + "(?!" + countAfterMonth(language) + "),?\\s+" + YEAR + NOT_NUMBER_AFTER,
                        m -> day(m, monthName))
                        .writtenAs((text, m) -> months.writtenAsListed(text, m) && inOneSentence(text, m)),
                rule(Start.DAY, NOT_NUMBER_BEFORE + beforeThreeDigitYear(months, language) + DAY + ORDINAL_SUFFIX
                        + "\\s+" + DAY_OF_MONTH + month + "\\b\\.?(?:\\s+de)?\\s+(?<year>[1-9]\\d{2})"
                        + NOT_NUMBER_AFTER + notACountAfter(language),
                        m -> day(m, monthName)).writtenAs(months::writtenAsListed),
                // the month may close an editor's brackets: "[Sept] 04, 2014"
                rule(Start.words(months.forms()),
                        "\\b" + month + "\\.?\\]?\\s+(?:the\\s+)?" + DAY + ORDINAL_SUFFIX + COMMA_OR_SPACE
                        + "(?:(?:of|in)\\s+)?" + YEAR + NOT_NUMBER_AFTER,
                        m -> day(m, monthName)).writtenAs(RuleBasedDateExtractor::inOneSentence),
                rule(Start.FOUR_DIGITS, YEAR_FIRST + DAY_ORDINAL_PREFIX + DAY + ORDINAL_SUFFIX + "\\s+" + month
                        + "\\b",
                        m -> day(m, monthName)).requiring("წლის"),
                rule(Start.FOUR_DIGITS, YEAR_FIRST + month + "\\b(?!\\s*\\p{N})", m -> ResolvedDate.ofMonth(
                        Integer.parseInt(m.group("year")), monthName.apply(m), null)).requiring("წლის"),
                rule(Start.FOUR_DIGITS, LITHUANIAN_YEAR_FIRST + month + "\\s+" + DAY + "(?:\\s*d\\b\\.?)?"
                        + NOT_NUMBER_AFTER,
                        m -> day(m, monthName)).requiring(" m. "),
                rule(Start.FOUR_DIGITS, LITHUANIAN_YEAR_FIRST + month + "\\b(?!\\s*\\p{N})", m -> ResolvedDate.ofMonth(
                        Integer.parseInt(m.group("year")), monthName.apply(m), null)).requiring(" m. "),
                rule(Start.words(parts, months.forms()),
                        "(?<!(?<!\\p{N})\\p{N}{1,2}[-/])\\b" + part + notCountAfterDay(language) + month + "\\b\\.?"
                        + MONTH_YEAR_JOIN + YEAR
                        + NOT_NUMBER_AFTER + PART_AFTER,
                        m -> month(m, monthName, modifierBeforeOrAfter(m))).writtenAs(months::writtenAsListed),
                rule(Start.words(seasons.keySet()), seasonOfYear + NOT_NUMBER_AFTER, m -> season(m, seasons)),
                // a winter told by the two years it spans, "the winter of 1941–42", "Winter 1941/1942"
                rule(Start.words(seasons.keySet()),
                        seasonOfYear + "\\s*[-–/]\\s*(?<next>\\d{2}|\\d{4})" + NOT_NUMBER_AFTER,
                        m -> seasons.get(m.group("season")).equals("WI") && nextYear(m) ? season(m, seasons)
                                : Optional.empty()),
                rule(Start.DIGIT, !SEASON_AFTER_YEAR_LANGUAGES.contains(ULocale.forLanguageTag(language).getLanguage())
                        ? "(?!)" : NOT_NUMBER_BEFORE + YEAR + "(?:\\s+|年の?|년\\s*)(?<season>"
                        + Alternation.of(SEASON_WORDS_AFTER_YEAR.keySet()) + ")" + HAN_SEASON_OR_WORD_END,
                        m -> season(m, SEASON_WORDS_AFTER_YEAR)),
                rule(Start.words(parts, DECADE_WORDS).orDigit(),
                        "\\b" + part + "(?:(?<word>" + String.join("|", DECADE_WORDS) + ")\\s+)?"
                        + "(?<decade>[12]\\d{2})0(?<suffix>'?s|er|-?ies|-(?:е|х|ые|ых|ті|те)|'l[ıiuü]|'l[ae]r\\p{L}*"
                        + "|年代|년대|\\s+के\\s+दशक|-an|-ih|-[aeoö]s\\s+[eé]v\\p{L}*|'erne|-ar(?:ene|a)"
                        + "|\\.\\s+(?:aastate\\p{L}*|gados)"
                        + "|(?<hundreds>-tal(?:let|et)?|-luv\\p{L}+|-luku))?"
                        // Hindi "1990 के दशक में", in the decade of 1990
                        // "sekitar 2000-an orang" is about 2000 people, "tahun 2000-an orang" people in the 2000s
                        + "(?:\\b|(?<=年代|년대))(?:(?<=\\b(?:tahun|era|dekade)\\s[12]\\d{3}-an)|(?!"
                        + countedNoun(language) + "))",
                        RuleBasedDateExtractor::decade),
                tensDecade(language, part, parts),
                markedTensDecade(language, part, parts),
                rule(Start.words(List.of("the")), "\\bthe\\s+" + part + "['’]?(?<tens>[2-9])0s\\b",
                        m -> Optional.of(new ResolvedDate("19" + m.group("tens"), Granularity.DECADE, modifier(m),
                                null))).writtenAs(MeasuredTens::notMeasured),
                rule(Start.FOUR_DIGITS,
                        NOT_NUMBER_BEFORE + YEAR_AHEAD + NOT_PAGE_BEFORE + notLabelled(language) + "\\b" + YEAR
                                + DASH
                                + "(?<end>[12]\\d{3}|\\d{2})" + NOT_NUMBER_AFTER
                                + NOT_DASHED_NUMBER_AFTER + "\\b",
                        RuleBasedDateExtractor::yearRange),
                seasonOfTwoYears(language),
                rule(Start.words(parts, List.of("nam", "พ.ศ.", "ค.ศ.")).orNumbers(Start.FOUR_DIGITS),
                        yearWordStart(language) + part + "(?:nam\\s+|" + THAI_ERA + "\\s*)?" + NOT_NUMBER_BEFORE
                        + YEAR_AHEAD + NOT_PAGE_BEFORE
                        + NOT_PHONE_GROUPS_BEFORE + notLabelled(language)
                        + notACount(language) + YEAR
                        + NOT_NUMBER_AFTER + NOT_DASHED_NUMBER_AFTER + NOT_BEFORE_COMMON_ERA_AFTER
                        + NOT_DOCUMENT_NUMBER_AFTER
                        + "(?:\\b|(?=" + YEAR_WORD_AFTER + "))" + PART_AFTER, m -> Optional.of(new ResolvedDate(
                                m.group("year"), Granularity.YEAR, modifierBeforeOrAfter(m), null))
                                .filter(year -> Integer.parseInt(m.group("year")) <= LAST_BARE_YEAR
                                        || BuddhistEraYears.isEraYear(language, Integer.parseInt(m.group("year")))
                                        || m.group(0).length() > m.group("year").length()))));
        return rules;
    }

    /**
     * Where a year's word starts: in Arabic also right after "و" (and) or "ف" written as the prefix of the number when
     * a number or a word for year(s) stands before it ("عامي 1998 و2001"); not a price or a count ("ب1500 جنيه").
     */
    private static String yearWordStart(String language) {
        return ULocale.forLanguageTag(language).getLanguage().equals("ar")
                ? "(?:\\b|(?<=(?:\\p{N}|عامي|عام|سنة|سنتي)\\s{1,3}[وف]))" : "\\b";
    }

    /**
     * At a year's first digit: not a count of people ("2014 soldiers"), unless a word before it puts it in time
     * ("in 2014 soldiers were sent"), nor a count of years, whatever stands before it ("2000 years of history",
     * "seit 1500 Jahren").
     */
    private static String notACount(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        String code = locale.getLanguage();
        List<String> nouns = COUNTED_NOUNS.get(code);
        if (nouns == null) {
            return "";
        }
        List<String> prepositions = YEAR_PREPOSITIONS.getOrDefault(code, List.of());
        String afterPreposition = prepositions.isEmpty() ? ""
                : "(?<=\\b(?:" + Alternation.of(prepositions) + ")\\s)|";
        return "(?!\\d{4}\\s+(?:" + Alternation.of(RelativeSpans.yearNamesOfMany(locale)) + ")\\b)"
                // Indonesian "2000-an orang" is about 2000 people
                + "(?:" + afterPreposition + "(?!\\d{4}(?:-an)?\\s+(?:" + Alternation.of(nouns) + ")\\b))";
    }

    /**
     * At a year's first digit: not the serial number of a label ("Flight 1549", "Resolution 1973", "№ 1549"), nor
     * the second of a list after one ("Flights 1549 and 1550", "Resolutions 1373, 1540"), unless the word for year
     * follows it ("резолюция 2014 года", the resolution of 2014).
     */
    private static String notLabelled(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        List<String> labels = NUMBER_LABELS.get(code);
        if (labels == null) {
            return "";
        }
        String and = AND_WORDS.containsKey(code) ? "|\\s{1,3}(?:" + Alternation.of(AND_WORDS.get(code)) + ")\\s{1,3}"
                : "";
        String listed = "\\d{1,5}(?:\\s{0,3}[,&]\\s{0,3}" + and + ")";
        List<String> flights = labels.stream().filter(FLIGHT_WORDS::contains).toList();
        String airline = flights.isEmpty() ? "" : "|(?<![\\p{L}.])(?:" + Alternation.of(flights) + ")\\s(?!"
                + SHORT_WORDS + "\\s)[\\p{L}\\d]{2}\\s?";
        // a phone number's groups are parted by spaces: only after a label that ends with a colon ("Điện thoại:")
        List<String> phones = labels.stream().filter(label -> label.endsWith(":")).toList();
        String phoneGroups = phones.isEmpty() ? "" : "|(?<![\\p{L}.])(?:" + Alternation.of(phones)
                + ")\\s?(?:\\d{1,5}\\s)?\\d{1,5}\\s";
        // a look-behind takes no counted repeat of a group: two numbers before this one, each optional
        return "(?:(?=\\d{4}\\s*" + YEAR_WORD_AFTER + ")|(?<!(?<![\\p{L}.])(?:" + Alternation.of(labels)
                + ")\\s?(?:" + listed + "(?:" + listed + ")?)?" + airline + phoneGroups + "))";
    }

    /**
     * After a day and month: no number that may be their year ("25 December 800 in Rome", "15 March 44 BC"), only a
     * count of what the language's counted nouns name ("On 14 April 15 soldiers died"), a time ("14 April 10:30") or
     * a number after a comma ("On 14 April, 15 soldiers died").
     */
    private static String notYearAfter(String language) {
        return "(?!\\.?\\s+\\p{N}++(?![:.h]\\p{N}|" + countedNoun(language) + "))";
    }

    /**
     * Where a day and month's three-digit number is surely their year, a count or score being read there otherwise
     * ("am 5. März 120:98", "le 5 mai 300 en garde à vue"): after the signs of birth and death in a life span ("(* 2.
     * April 742; † 28. Januar 814 in Aachen)", not a list's "* 5 May 300 people"), and on either side of the dash
     * between two such dates ("(16 avril 778 – 20 juin 840)", "(2 de abril de 742 – 28 de enero de 814)", not "(1
     * March 2011 – 5 May 300 arrests)"); and after "de", which joins no count to a date ("el 28 de enero de 814", not
     * "el 5 de mayo de 300 personas"); and before the Russian, Ukrainian and Polish words for "year" ("25 декабря 800
     * года", "25 грудня 800 року", "25 grudnia 800 roku"). The rule itself reads no year before a count.
     */
    private static String beforeThreeDigitYear(MonthNames months, String language) {
        String dated = "(?:" + months.alternation() + ")\\.?\\s{1,3}(?:de\\s{1,3})?\\p{N}{3,4}";
        return "(?:(?<=[(;]\\s?[*†]\\s?)|(?<=" + dated + "\\s{0,3}[-–—]\\s{0,3})"
                + "|(?=[0-3]?\\d\\s+de\\s+(?:" + months.alternation() + ")\\s+de\\s+\\p{N}{3}(?!\\p{N}|"
                + countedNoun(language) + "))|(?=[0-3]?\\d\\.?\\s+(?:de\\s+)?" + dated
                + DASH + "[0-3]?\\d\\.?\\s+(?:de\\s+)?(?:" + months.alternation() + ")\\.?\\s+(?:de\\s+)?\\p{N}{3,4}"
                + "(?!\\p{N}|" + countedNoun(language) + "))|(?=[0-3]?\\d\\s+(?:" + months.alternation()
                + ")\\s+\\p{N}{3}\\s*(?:" + YEAR_WORD_AFTER + "|року|roku)))";
    }

    /**
     * At a month's name after a day, ordinal or not: not before a count ({@link #countAfterMonth}: "Am 3. März 2000
     * Demonstranten", "Le 1er janvier 2000 euros", "On 3 March, 2000 soldiers"), which leaves the day and month to
     * {@link #notYearAfter}'s rule.
     */
    private static String notCountAfterDay(String language) {
        return "(?!(?<=\\p{N}" + ORDINAL_SUFFIX + "\\s{1,3}(?:de\\s{1,3})?)\\p{L}+\\.?" + countAfterMonth(language)
                + ")";
    }

    /**
     * A count after a day's month, its round number before a counted noun, as a year is seldom round ("Als am 17. Juni
     * 1953 Arbeiter streikten", "On 6 June, 1944 troops landed"): "Am 3. März 2000 Demonstranten", "le 3 mars, 2000
     * manifestants"; English writes a comma before it ("On 3 March, 2000 soldiers"), so "On 6 June 2000 troops
     * landed" keeps its year.
     */
    private static String countAfterMonth(String language) {
        return "(?:," + (writesCountsAfterAComma(language) ? "" : "?") + "\\s{1,3}\\p{N}++(?<=00))"
                + countedNoun(language);
    }

    /**
     * After a month and day: no number that may be their year ("December 25, 800", "March 15, 44 BC", a time's
     * "Oct 26 15:50:06 2016"), only a count ("July 17, 18 people died") or the days listed after the first ("July 17,
     * 18 and 19", {@link ListedDays}).
     */
    private static String notYearAfterMonthDay(String language) {
        return "(?!(?!" + ListedDays.of(language).moreDays() + "),?\\s+\\p{N}++(?!" + countedNoun(language) + "))";
    }

    /** Not before what makes a number a count or an hour: "19 people", "12 percent", "10%", "4 p.m.". */
    static String notACountAfter(String language) {
        return "(?!" + countedNoun(language) + "|\\s*(?:%|" + TimesOnDays.MERIDIEM_MARK + "))";
    }

    /** English writes a comma between a date and a count after it ("On 3 March, 2000 soldiers"). */
    private static boolean writesCountsAfterAComma(String language) {
        return ULocale.forLanguageTag(language).getLanguage().equals("en");
    }

    private static boolean mayNameCentury(String folded) {
        return DateRule.containsAny(folded, CENTURY_WORD_PARTS) || VIETNAMESE_CENTURY_WORD.matcher(folded).find();
    }

    /** A plural noun of what the language counts after a space, or a pattern that never matches. */
    private static String countedNoun(String language) {
        List<String> nouns = COUNTED_NOUNS.get(ULocale.forLanguageTag(language).getLanguage());
        return nouns == null ? "(?!)" : "\\s+(?:" + Alternation.of(nouns) + ")\\b";
    }

    private static DateRule rule(Start start, String regex, Function<Matcher, Optional<ResolvedDate>> resolver) {
        return DateRule.of(start, regex, (matcher, reference) -> resolver.apply(matcher));
    }

    private static Optional<ResolvedDate> day(Matcher m, Function<Matcher, Integer> month) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month.apply(m),
                    Integer.parseInt(m.group("day")));
            return Optional.of(new ResolvedDate(date.toString(), Granularity.DAY, null, null));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a month's name is capitalised, and not the first word of a name whose next word is too: "the October
     * Revolution", "the July Crisis".
     */
    private static boolean capitalisedAlone(String text, Matcher m) {
        return Character.isUpperCase(text.charAt(m.start("month")))
                && !CAPITALISED_NEXT_WORD.matcher(text).region(m.end(), text.length()).lookingAt()
                && !CAPITALISED_WORD_BEFORE.matcher(text).region(Math.max(0, m.start() - NAME_REACH), m.start()).find();
    }

    /** A month named alone falls in the reference's year. */
    private static Optional<ResolvedDate> monthAlone(MonthNames months, Matcher m, LocalDateTime reference,
            Modifier modifier) {
        return Optional.of(ReferenceYear.month(months.number(m.group("month")), reference.toLocalDate(), modifier));
    }

    /** A day written without its year falls in the reference's year. */
    private static Optional<ResolvedDate> dayInReferenceYear(Matcher m, Function<Matcher, Integer> month,
                                                     LocalDateTime reference) {
        return ReferenceYear.day(month.apply(m), Integer.parseInt(m.group("day")), reference.toLocalDate());
    }

    /**
     * "the 19th century", "thế kỷ 19", "XIXe siècle": TIMEX3 names a century by its first two digits, "18"; "τον 5ο
     * αιώνα π.Χ.", "thế kỷ 3 TCN" before the common era.
     */
    static Optional<ResolvedDate> century(Matcher m) {
        String number = Stream.of("arabic", "arabic2", "arabic3", "arabic4", "arabic5").map(m::group)
                .filter(Objects::nonNull).findFirst().orElse(null);
        int century = number != null ? Integer.parseInt(number) : RomanNumerals.parse(
                Stream.of("roman", "roman2", "roman3").map(m::group).filter(Objects::nonNull).findFirst()
                        .orElseThrow());
        if (century < 1 || century > 21) {
            return Optional.empty();
        }
        // before the common era, the century's count with a minus, as EventDate reads it: the 5th BC is "-05"
        String value = m.group("bce") != null ? "-%02d".formatted(century) : "%02d".formatted(century - 1);
        return Optional.of(new ResolvedDate(value, Granularity.CENTURY, modifier(m), null));
    }

    /**
     * "1990s", "1990er", "1990-х", "1990年代", "1990년대", "1990-an", "az 1990-es években", "1990'erne", Norwegian
     * "1990-årene", "1990-ih", Estonian "1990. aastatel", Latvian "1990. gados", or a decade word and the year:
     * "années 1990". Swedish,
     * Norwegian, Danish and Finnish name centuries the same way: "1800-talet", "1800-tallet", "1800-luvulla" are the
     * 19th century, "1990-talet" the 1990s.
     */
    private static Optional<ResolvedDate> decade(Matcher m) {
        if (m.group("suffix") == null && (m.group("word") == null || m.group("word").equals("the"))) {
            return Optional.empty();
        }
        if (m.group("hundreds") != null && m.group("decade").endsWith("0")) {
            String century = m.group("decade").substring(0, 2);
            return Optional.of(new ResolvedDate(century, Granularity.CENTURY, modifier(m), null));
        }
        return Optional.of(new ResolvedDate(m.group("decade"), Granularity.DECADE, modifier(m), null));
    }

    /** A decade of the 20th century by its tens after a {@link #TENS_DECADE_WORDS} word: "los años 80" → "198". */
    private static DateRule tensDecade(String language, String part, Set<String> parts) {
        Map<String, Integer> tens = spelledTens(language);
        String spelled = tens.isEmpty() ? "" : "|(?<spelled>" + Alternation.of(tens.keySet()) + ")\\b";
        return rule(Start.words(parts, TENS_DECADE_WORDS), "\\b" + part + "(?:" + Alternation.of(TENS_DECADE_WORDS)
                        + "|(?<=(?:" + Alternation.notAtDigit(parts) + ")[\\s-])"
                        + Alternation.of(TENS_DECADE_WORDS_AFTER_PART) + ")\\s+(?:['’]?(?<tens>[2-9])0(?!\\p{N})(?:"
                        + (DOTTED_TENS.contains(ULocale.forLanguageTag(language).getLanguage()) ? "\\.|" : "")
                        + "\\b|(?=-))(?!\\s+de\\s)"
                        // a count, of ages or of years: "những năm 30 tuổi", "những năm 20 năm qua" (these 20 years)
                        + "(?!" + countedNoun(language) + "|\\s+nam\\b)" + spelled
                        + ")",
                m -> Optional.of(new ResolvedDate("19" + (m.group("tens") != null ? m.group("tens")
                        : tens.get(m.group("spelled"))), Granularity.DECADE, modifier(m), null)));
    }

    /**
     * A decade of the 20th century by its tens and the {@link #TENS_DECADE_MARKS} after them: "80er Jahre", "90-е
     * годы"; German also spells them, "die neunziger Jahre".
     */
    private static DateRule markedTensDecade(String language, String part, Set<String> parts) {
        TensMark mark = TENS_DECADE_MARKS.get(ULocale.forLanguageTag(language).getLanguage());
        if (mark == null) {
            return rule(Start.DIGIT, "(?!)", m -> Optional.empty());
        }
        Map<String, Integer> tens = mark.afterWords() == null ? Map.of() : spelledTens(language);
        String spelled = tens.isEmpty() ? ""
                : "|(?<spelled>" + Alternation.of(tens.keySet()) + ")" + mark.afterWords();
        return rule(Start.words(parts, tens.keySet()).orDigit(), "\\b" + part + "(?:(?<![\\p{N}.,])(?<tens>[2-9])0"
                        + mark.afterDigits() + spelled + ")",
                m -> Optional.of(new ResolvedDate("19" + (m.group("tens") != null ? m.group("tens")
                        : tens.get(m.group("spelled"))), Granularity.DECADE, modifier(m), null)));
    }

    /** The language's spelled tens from twenty to ninety by their digit: "veinte" 2, "noventa" 9. */
    private static Map<String, Integer> spelledTens(String language) {
        Map<String, Integer> tens = new HashMap<>();
        SpelledNumbers.cardinals(ULocale.forLanguageTag(language), 90).forEach((word, number) -> {
            if (number >= 20 && number % 10 == 0) {
                tens.put(word, number / 10);
            }
        });
        return tens;
    }

    private static Optional<ResolvedDate> month(Matcher m, Function<Matcher, Integer> month, Modifier modifier) {
        int number = month.apply(m);
        if (number < 1 || number > 12) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDate(m.group("year") + (number < 10 ? "-0" : "-") + number,
                Granularity.MONTH, modifier, null));
    }

    /**
     * "the 2020/21 season", "Saison 2020/21": two years in a row joined by a slash, where the language does not write a
     * year and its month so ("2020/11" is November 2020 in Japanese and Hungarian).
     */
    private static DateRule seasonOfTwoYears(String language) {
        String regex = NumericDateRules.yearFirstSeparator(ULocale.forLanguageTag(language)) != null ? "(?!)"
                : NOT_NUMBER_BEFORE + YEAR_AHEAD + NOT_PAGE_BEFORE + "\\b" + YEAR + "/(?<end>[12]\\d{3}|\\d{2})"
                + NOT_NUMBER_AFTER + "(?!/)\\b";
        return rule(Start.FOUR_DIGITS, regex, m -> yearRange(m).filter(years ->
                Integer.parseInt(years.rangeEnd()) == Integer.parseInt(years.value()) + 1));
    }

    /** "2004–05" and "1991-1994": a range of years, when the end is after the start. */
    private static Optional<ResolvedDate> yearRange(Matcher m) {
        String start = m.group("year");
        String end = m.group("end").length() == 2 ? start.substring(0, 2) + m.group("end") : m.group("end");
        if (end.compareTo(start) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDate(start, Granularity.YEAR, null, end));
    }

    private static Modifier modifier(Matcher m) {
        String part = m.group("part");
        if (part == null) {
            return null;
        }
        Modifier modifier = PART_WORDS.getOrDefault(part, PART_OF_WORDS.get(part));
        return modifier != null ? modifier : ANY_PERIOD_PART.get(SPACES.matcher(part).replaceAll(" "));
    }

    /** The part words and phrases of {@code language}, to join to a period read without one. */
    private static PartsBefore partsBefore(String language) {
        // French joins a part to a relative period with "de": "à la fin de l'année prochaine", "fin de la semaine"
        return PartsBefore.of(partPhrases(language),
                PERIOD_HALVES.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), Map.of()),
                PART_JOINERS + "|de|de la", partNotAfter(language));
    }

    /** A lookbehind for where a part word is none in {@code language} ({@link #PART_NOT_AFTER}), or "". */
    private static String partNotAfter(String language) {
        return PART_NOT_AFTER.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), "");
    }

    /** The words and phrases that may stand apart before a period to name a part of it, folded, with its modifier. */
    private static Map<String, Modifier> partPhrases(String language) {
        Map<String, Modifier> parts = new HashMap<>(PART_WORDS);
        // French "mi" is written against its period ("mi-mars"); apart, it is Spanish "my": "mi próxima semana"
        parts.keySet().removeIf(word -> word.length() < 3);
        parts.putAll(PERIOD_PARTS.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), Map.of()));
        return parts;
    }

    /** The part words after a period, with {@code language}'s nouns after a genitive ("årets slut"). */
    private static Map<String, Modifier> partWordsAfter(String language) {
        Map<String, Modifier> parts = new HashMap<>(PART_WORDS_AFTER);
        parts.putAll(GENITIVE_PERIOD_PARTS.getOrDefault(ULocale.forLanguageTag(language).getLanguage(), Map.of()));
        return parts;
    }

    private static Map<String, Map<String, Modifier>> periodParts(String resource) {
        Map<String, Map<String, Modifier>> parts = new HashMap<>();
        for (String line : DataFiles.lines(RuleBasedDateExtractor.class, resource)) {
            String[] columns = line.split("\t");
            Modifier modifier = Modifier.valueOf(columns[1]);
            for (String phrase : columns[2].split("\\|")) {
                parts.computeIfAbsent(columns[0], language -> new HashMap<>()).put(TextFolding.fold(phrase), modifier);
            }
        }
        return parts;
    }

    /** The modifier of a part word before the period, else of one after it ({@link #PART_AFTER}). */
    private static Modifier modifierBeforeOrAfter(Matcher m) {
        Modifier before = modifier(m);
        return before != null || m.group("after") == null ? before : PART_WORDS_AFTER.get(m.group("after"));
    }

}
