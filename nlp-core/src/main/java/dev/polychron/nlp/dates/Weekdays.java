package dev.polychron.nlp.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A weekday named alone ("on Monday", "am Montag", "le lundi", "月曜日", "hétfőn", "в пятницу"): the day of that name
 * nearest the reference, within three days before or after it, as a news report means it. Full names from CLDR, with
 * the case endings a language adds to them; a name that is an everyday word too (Greek "Τρίτη" is also "third",
 * Vietnamese "thứ hai" also "second", Russian "среда" also "environment", Turkish "pazar" also "market") only where
 * it is capitalised, as weekdays are written there and ordinals and nouns are not, begins no name ("Segunda Guerra
 * Mundial"), and has a lower-case word after it only after a word that puts it in time ("δήλωσε την Τρίτη ότι",
 * "vào thứ Hai rằng"); in lower case too where the words around it make it one (Romanian "până luni"). Never beside
 * a date, which dates the day itself ("Monday, 1 April 2014", "9 Mayıs 1919 Pazartesi"), unless a sentence ends
 * between them ("την Τρίτη. Το 2010 ..."). CLDR's abbreviations too in a few languages ("gio", "qua.", "czw.",
 * "mié."), and ours where CLDR has none ("csüt.", "нед."), in lower case or with their dot; Japanese names in kana
 * too ("すいようび").
 */
final class Weekdays {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
            "pl", "cs", "sk", "ca", "ro", "hu", "fi", "hr", "sl", "uk", "bg", "ja", "zh", "ko", "el", "vi", "ru", "hi",
            "bn", "tr", "ar", "ka", "be", "id", "he", "sr", "lt", "lv", "et", "fa", "th");
    /**
     * Folded names that are everyday words too (ordinals, nouns; Georgian "კვირა" is also "week", Romanian "luni" also
     * "months", Indonesian "minggu" and Serbian "nedelja" also "week"; Hebrew "שלישי" without "יום" is "third", and as
     * Hebrew has no capitals, only a cue makes it a day), by language.
     */
    private static final Map<String, Set<String>> EVERYDAY_WORDS = Map.ofEntries(
            Map.entry("el", Set.of("δευτερα", "τριτη", "τεταρτη", "πεμπτη")),
            Map.entry("vi", Set.of("thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay")),
            Map.entry("ru", Set.of("среда", "среду")),
            Map.entry("be", Set.of("серада", "сераду")),
            Map.entry("ro", Set.of("luni")),
            Map.entry("tr", Set.of("pazar")),
            Map.entry("ka", Set.of("კვირა")),
            Map.entry("pt", Set.of("segunda", "terca", "quarta", "quinta", "sexta")),
            Map.entry("id", Set.of("minggu")),
            Map.entry("sr", Set.of("nedelja", "nedelju", "nedelje", "недеља", "недељу", "недеље")),
            Map.entry("he", hebrewOrdinals()));
    /**
     * The words around an everyday name ({@link #EVERYDAY_WORDS}) that make it a weekday, by language: Greek accusative
     * articles ("δήλωσε την Τρίτη ότι", on Tuesday) and a part of the day before the genitive ("το πρωί της Τρίτης",
     * on Tuesday morning), Vietnamese "vào", "hôm" and the parts of a day ("sáng thứ Hai",
     * Monday morning; not "ngày", as "ngày thứ hai" is the second day), where the name is still capitalised; Romanian
     * "până" (until) before "luni", a time of day after it ("luni dimineață", "luni seara"), in lower case too; not "pe
     * luni", "de luni", which also count months ("pe luni întregi", "de luni de zile"); Indonesian "hari" (day) before
     * "Minggu"; Serbian "u" (on) before "nedelju", in lower case too.
     */
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    private static final Map<String, Cues> WEEKDAY_CUES = Map.of(
            "el", new Cues(Pattern.compile("(?iu)(?<!\\p{L})(?:την|τη|(?:πρωί|μεσημέρι|απόγευμα|βράδυ|ξημερώματα"
                    + "|νύχτα) της)\\s+\\z"), NOTHING, false),
            "vi", new Cues(Pattern.compile("(?iu)(?<!\\p{L})(?:vào|hôm|sáng|trưa|chiều|tối|đêm)\\s+\\z"), NOTHING,
                    false),
            "id", new Cues(Pattern.compile("(?iu)\\bhari\\s+\\z"), NOTHING, false),
            "sr", new Cues(Pattern.compile("(?iu)(?<!\\p{L})[uу]\\s+\\z"), NOTHING, true),
            "ro", new Cues(Pattern.compile("(?iu)\\bp[aâ]n[aă]\\s+\\z"), Pattern.compile(
                    "(?iu)\\s+(?:diminea[tțţ][aă]|sear[aă]|noaptea|dup[aă][- ]amiaz[aă]|la pr[aâ]nz)\\b"), true));
    /** How far before a name its cue may begin: the longest cue ("ξημερώματα της") and its spaces. */
    private static final int CUE_REACH = 16;
    /**
     * What after a name makes it another word, over folded text: a count after Chinese "周" (week) with a numeral,
     * "一周一次" (once a week), "一周二十个小时" (twenty hours a week), "一周三天" (three days a week), but not
     * "周三天气" (Wednesday's weather) nor "周三天津" (Tianjin on Wednesday); Hungarian "csütörtököt mond" (to
     * misfire); a noun that a Greek ordinal counts, as the capital a title or a headline gives it leaves it ("την
     * Τρίτη θέση", third place; "την Πέμπτη συνεχόμενη νίκη", the fifth win in a row); a Thai "ที่" and a day after
     * the name, which DatesWithWeekdays joins to it ("วันเสาร์ที่ 16 มีนาคม").
     */
    private static final Map<String, String> ANOTHER_WORD_AFTER = Map.of("zh",
            "(?![回遍十百千万个個倍]|次(?!日)|天(?!气|氣|津))",
            "hu", "(?!\\s+mond)",
            "th", "(?!" + DatesWithWeekdays.THAI_DAY_WORD + "\\s*\\p{N})",
            "el", "(?!\\s+(?:θεσης?|φορας?|ημερας?|μερας?|εβδομαδας?|χρονιας?|θητειας?|προσπαθειας?|νικης?|ηττας?"
                    + "|σεζον|φασης?|συνεχομενης?|κατα σειρα)(?!\\p{L}))");
    /**
     * Case endings after a name, over folded text: Hungarian "hétfőn", "keddi"; Greek genitive "Παρασκευής"; Estonian
     * "teisipäeval"; and the German part of the day written as one word with it, "Montagabend".
     */
    private static final Map<String, String> ENDINGS = Map.of("hu", "(?:[eo]?[nt]|it?)?", "el", "[ςυ]?", "et",
            "(?:al)?", "de", "(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?");
    /**
     * Languages where CLDR's abbreviated names may stand for the day too ("dv.", "gio", "qua.", "czw."), less those
     * that are words or other abbreviations as well (Italian "mar", sea and March; Portuguese "ter", to have; Polish
     * "pt.").
     */
    private static final Map<String, Set<String>> ABBREVIATIONS_EXCEPT = Map.of("ca", Set.of(), "en", Set.of(),
            "it", Set.of("mar", "dom"), "es", Set.of("mar", "dom"), "pt", Set.of("ter", "dom", "sex"),
            "pl", Set.of("pt", "wt", "sr"), "el", Set.of());
    /**
     * Languages whose abbreviations name a day alone only with their dot ("fri.", not "fri"), and those that are words
     * or other abbreviations even then ("he sat.", "in the sun.", "they wed."; Greek "παρ." for paragraph, "κυρ." for
     * Mr), so name it only beside a date ("Sat 14th", "Sun, Jul 20").
     */
    private static final Map<String, Set<String>> DOTTED_ALONE_EXCEPT = Map.of("en", Set.of("sat", "sun", "wed"),
            "es", Set.of(), "el", Set.of("παρ", "κυρ"));
    /** Abbreviations CLDR does not give (Hungarian "csüt.", Bulgarian "нед."), read like its own. */
    private static final List<String[]> LISTED_ABBREVIATIONS = DataFiles.lines(Weekdays.class,
            "weekday-abbreviations.tsv").stream().map(line -> line.split("\t")).toList();
    /** Words that make a weekday after them every such day ({@code every-words.tsv}), folded, by language. */
    private static final Map<String, List<String>> EVERY_WORDS = DataFiles.foldedWordsByLanguage(Weekdays.class,
            "every-words.tsv");
    private static final List<String[]> LISTED_NAMES = DataFiles.lines(Weekdays.class, "weekday-names.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final Pattern LOWER_CASE_WORD_NEXT = Pattern.compile("\\s+\\p{Ll}");
    private static final Pattern CAPITALISED_WORD_NEXT = Pattern.compile("\\s+\\p{Lu}");
    /**
     * Languages whose names begin with an ordinal that is a weekday's name too: "Segunda Guerra Mundial", "Quinta
     * Avenida", "Δευτέρα Παρουσία"; there a capitalised word after the name makes it a name's.
     */
    private static final Set<String> ORDINALS_OPEN_NAMES = Set.of("pt", "el");
    private static final Set<String> UNSPACED = Set.of("ja", "zh", "ko", "th");
    private static final Map<String, DayOfWeek> VIETNAMESE_NUMBERED = Map.of("thu 2", DayOfWeek.MONDAY,
            "thu 3", DayOfWeek.TUESDAY, "thu 4", DayOfWeek.WEDNESDAY, "thu 5", DayOfWeek.THURSDAY,
            "thu 6", DayOfWeek.FRIDAY, "thu 7", DayOfWeek.SATURDAY);
    private static final String CHINESE_NUMERALS = "一二三四五六";
    /**
     * Languages whose feminine weekday names change their ending after "on": Russian "в пятницу", Croatian "u
     * srijedu", Belarusian "у пятніцу", Serbian "у среду".
     */
    private static final Set<String> SLAVIC_ACCUSATIVE = Set.of("ru", "uk", "hr", "be", "sr");
    /**
     * The everyday forms that drop a word of CLDR's name: Portuguese "-feira" ("próxima terça", "quarta que vem"),
     * Japanese 日 ("月曜"), Hebrew "יום" ("שישי הבא", next Friday); Arabic drops the final hamza ("الثلاثا"); Persian
     * often types a space for CLDR's zero-width non-joiner ("سه شنبه" for "سه‌شنبه"), which must not leave "شنبه"
     * (Saturday) alone.
     */
    private static final Map<String, UnaryOperator<String>> SHORT_FORMS = Map.of(
            "pt", name -> name.replaceAll("[- ]feira$", ""), "ja", name -> name.replaceAll("曜日$", "曜"),
            "he", name -> name.replaceAll("^יום ", ""), "ar", name -> name.replaceAll("اء$", "ا"),
            "fa", name -> name.replace('\u200C', ' '));
    /**
     * The genitive after "next", "last", "from", "until": Croatian "sljedećeg utorka", "prošle nedjelje"; Polish
     * "następnego wtorku", "do środy", "od niedzieli", and the Polish accusative, which says "on" ("w środę",
     * "w sobotę", "w niedzielę": see {@link #WRITTEN_WITH_MARKS}); in Georgian the dative, which says "on"
     * ("ორშაბათს", "კვირას"); the Lithuanian accusative ("antradienį") and the Latvian adverb ("otrdien"), which say
     * "on" too.
     */
    private static final Map<String, List<UnaryOperator<String>>> CASES = Map.of(
            "hr", List.of(name -> name.endsWith("ak") ? name.replaceAll("ak$", "ka") : name.replaceAll("a$", "e")),
            "pl", List.of(name -> name.replaceAll("ek$", "ku").replaceAll("la$", "li").replaceAll("a$", "y"),
                    name -> name.replaceAll("a$", "e")),
            "ka", List.of(name -> name.replaceAll("ი$", "") + "ს"),
            "lt", List.of(name -> name.replaceAll("is$", "i")),
            "lv", List.of(name -> name.replaceAll("a$", "")));
    /**
     * The folded case forms that are other words too, read alone only as written with their marks: Polish "w niedzielę"
     * is on Sunday, "w niedziele" on Sundays, as trading Sundays ("niedziele handlowe") are.
     */
    private static final Map<String, String> WRITTEN_WITH_MARKS = Map.of("niedziele", "niedzielę");
    private static final int[] ICU_DAYS = {Calendar.SUNDAY, Calendar.MONDAY, Calendar.TUESDAY, Calendar.WEDNESDAY,
            Calendar.THURSDAY, Calendar.FRIDAY, Calendar.SATURDAY};
    private static final DayOfWeek[] DAYS = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};

    private Weekdays() {
    }

    /** Hebrew's weekday ordinals without "יום", alone and after the prefixes that may join them ("בשלישי"). */
    private static Set<String> hebrewOrdinals() {
        List<String> ordinals = List.of("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי");
        return Stream.concat(Stream.of(""), MonthNames.prefixes("he").stream())
                .flatMap(prefix -> ordinals.stream().map(ordinal -> prefix + ordinal)).collect(Collectors.toSet());
    }

    /** Whether a weekday named alone is read in this locale's language. */
    static boolean readAlone(ULocale locale) {
        return LANGUAGES.contains(locale.getLanguage());
    }

    /** The regex of the case endings the language adds to a weekday's name, or the empty string. */
    static String ending(ULocale locale) {
        return ENDINGS.getOrDefault(locale.getLanguage(), "");
    }

    /** A lookahead that refuses what after a name makes it another word ("一周一次", once a week), or "". */
    static String notAnotherWord(ULocale locale) {
        return ANOTHER_WORD_AFTER.getOrDefault(locale.getLanguage(), "");
    }

    /** The rule for a weekday alone, or none in a language left out. */
    static Optional<DateRule> rule(String language, MonthNames months) {
        ULocale locale = ULocale.forLanguageTag(language);
        if (!readAlone(locale)) {
            return Optional.empty();
        }
        Map<String, DayOfWeek> names = names(locale);
        String alternation = Alternation.of(names.keySet());
        boolean unspaced = UNSPACED.contains(locale.getLanguage());
        String month = "\\b(?:" + months.alternation() + ")";
        List<String> every = EVERY_WORDS.getOrDefault(locale.getLanguage(), List.of());
        String notEvery = every.isEmpty() ? "" : "(?<!(?<!\\p{L})(?:" + Alternation.of(every) + ")\\s{1,3})";
        // a clock word opens no date ("søndag kl. 14.30." is no 14 March)
        String between = "(?:\\W{0,3}|[^\\w.!?;]{0,3}(?!(?:" + Alternation.of(TimesOnDays.CLOCK_WORDS)
                + ")\\.?\\s)\\p{L}{1,4}\\W{1,2})";
        String regex = notEvery + "(?<!(?:" + month + "|" + month + "\\s\\p{N}{1,2}|\\p{N}{4})[\\s,]{1,3})"
                + (unspaced ? "" : "\\b(?<!')") + "(?<weekday>" + alternation + ")"
                + ending(locale) + (unspaced ? "" : "\\b") + notAnotherWord(locale)
                + "(?!" + between + "(?=" + dayOrYear(months) + ")\\p{N}(?!" + clockOrScore(months) + "))"
                // a month after it refuses it where written as one: Polish "się" folds as "sie" (Aug.)
                + "(?:(?=" + between + "(?<month>" + months.alternation() + ")\\b))?";
        Set<String> everyday = EVERYDAY_WORDS.getOrDefault(locale.getLanguage(), Set.of());
        boolean ordinalsOpenNames = ORDINALS_OPEN_NAMES.contains(locale.getLanguage());
        Set<String> abbreviations = abbreviations(locale).keySet();
        Set<String> dottedAloneExcept = DOTTED_ALONE_EXCEPT.get(locale.getLanguage());
        Cues cues = WEEKDAY_CUES.get(locale.getLanguage());
        return Optional.of(DateRule.of(unspaced ? Start.ANYWHERE : Start.words(names.keySet()), regex,
                (m, reference) -> Optional.of(ResolvedDate.of(nearest(names.get(m.group("weekday")),
                        reference.toLocalDate()).toString(), Granularity.DAY)))
                .writtenAs((text, m) -> writtenWithMarks(text, m)
                        && (m.group("month") == null || !months.writtenAsListed(text, m))
                        && (!everyday.contains(m.group("weekday"))
                            || writtenAsWeekday(text, m, cues, ordinalsOpenNames))
                        && (!abbreviations.contains(m.group("weekday"))
                            || writtenAsAbbreviation(text, m) && !unit(text, m)
                                && (dottedAloneExcept == null || dotted(text, m)
                                    && !dottedAloneExcept.contains(m.group("weekday"))))));
    }

    /**
     * A number after a weekday that may be the day or year of the date the weekday opens ("Thursday 14 March",
     * "mercredi 13.", "Donnerstag, 14.03.", "Thursday, 2024-03-14", "viernes 17 de mayo", "Saturday 20 and Sunday
     * 21"); not a count before a noun of four letters or more, or with its thousands or decimals ("On Thursday, 12
     * people were killed", "40,000 homes", "40 000 foyers", "1.5 million").
     */
    private static String dayOrYear(MonthNames months) {
        return "(?:\\p{N}{1,2}(?!\\p{N}|[.,]\\p{N}(?!\\p{N}?[./-])|\\s\\p{N}{3}|\\s+(?!(?:" + months.alternation()
                + ")(?![\\p{L}\\p{N}]))\\p{L}{4})|\\p{N}{4}(?!\\p{N}))";
    }

    /**
     * What after the first digit of a number beside a weekday makes it a clock or a score, not the day of a date the
     * weekday opens: "Saturday 20:00", "Saturday 8pm", "am Samstag 3:1", "won on Saturday 3-1" (one digit each side;
     * not "maandag 12-4", a day and month, nor "Saturday 3-4 March", a range of days).
     */
    private static String clockOrScore(MonthNames months) {
        return "(?:\\p{N}?\\s*(?::\\s*\\p{N}|" + TimesOnDays.MERIDIEM_MARK + "|h\\b|uhr\\b)"
                + "|\\s*[-–]\\s*\\p{N}(?!\\p{N}|\\.\\p{N}|\\.?\\s*(?:" + months.alternation() + ")\\b))";
    }

    /** Whether the weekday a match names is written as {@link #WRITTEN_WITH_MARKS} writes it, if listed there. */
    private static boolean writtenWithMarks(String text, Matcher m) {
        String writing = WRITTEN_WITH_MARKS.get(m.group("weekday"));
        return writing == null || writing.equalsIgnoreCase(text.substring(m.start("weekday"), m.end("weekday")));
    }

    /** In lower case or with its dot, unlike a name ("Gio Ponti"), and not in capitals ("Washington DC."). */
    private static boolean writtenAsAbbreviation(String text, Matcher m) {
        String abbreviation = text.substring(m.start("weekday"), m.end("weekday"));
        return !abbreviation.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && (Character.isLowerCase(abbreviation.charAt(0)) || dotted(text, m));
    }

    private static boolean dotted(String text, Matcher m) {
        return m.end() < text.length() && text.charAt(m.end()) == '.';
    }

    /** Right after a number, as a unit is: "2 dl" (decilitres), not Catalan "dl." for Monday. */
    private static boolean unit(String text, Matcher m) {
        int before = m.start("weekday") - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && Character.isDigit(text.charAt(before));
    }

    /**
     * The words before and after a name that make it a weekday ({@link #WEEKDAY_CUES}), and whether they do so in lower
     * case too.
     */
    private record Cues(Pattern before, Pattern after, boolean inLowerCase) {

        boolean around(String text, Matcher m) {
            return before.matcher(text).useTransparentBounds(true)
                    .region(Math.max(0, m.start("weekday") - CUE_REACH), m.start("weekday")).find()
                    || after.matcher(text).region(m.end(), text.length()).lookingAt();
        }
    }

    /**
     * Capitalised on its last word ("Τρίτη", "thứ Hai"), or in lower case beside a cue that says so ("până luni");
     * where ordinals open names, not with a capitalised word after it ("Segunda Guerra", "τη Δευτέρα Παρουσία"); and
     * either beside a cue ("δήλωσε την Τρίτη ότι", "vào thứ Hai rằng") or with no lower-case word right after it, as
     * an ordinal has its noun ("η Τρίτη φορά", "Thứ hai, ...").
     */
    private static boolean writtenAsWeekday(String text, Matcher m, Cues cues, boolean ordinalsOpenNames) {
        boolean cued = cues != null && cues.around(text, m);
        int lastWord = text.lastIndexOf(' ', m.end("weekday") - 1) + 1;
        if (!Character.isUpperCase(text.charAt(Math.max(lastWord, m.start("weekday"))))) {
            return cued && cues.inLowerCase();
        }
        if (ordinalsOpenNames && CAPITALISED_WORD_NEXT.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return false;
        }
        return cued || !LOWER_CASE_WORD_NEXT.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * CLDR's full names of the days of the week, format and stand-alone, folded, hyphens also written as spaces
     * (Portuguese "segunda feira"); in Vietnamese also the numbered names "thứ 2" to "thứ 7", as common as the
     * spelled ones CLDR gives; the everyday Chinese names ("周一") and the {@link #SHORT_FORMS}; each also with the
     * prepositions Hebrew writes as a prefix ("ביום שישי", "בשישי").
     */
    static Map<String, DayOfWeek> names(ULocale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Map<String, DayOfWeek> names = cldrNames(symbols, DateFormatSymbols.WIDE);
        names.putAll(listed(LISTED_NAMES, locale));
        Map.copyOf(names).forEach((name, day) -> names.putIfAbsent(name.replace('-', ' '), day));
        if (locale.getLanguage().equals("vi")) {
            names.putAll(VIETNAMESE_NUMBERED);
        }
        if (locale.getLanguage().equals("zh")) {
            names.putAll(chineseColloquial());
        }
        UnaryOperator<String> shortForm = SHORT_FORMS.get(locale.getLanguage());
        if (shortForm != null) {
            Map.copyOf(names).forEach((name, day) -> names.putIfAbsent(shortForm.apply(name), day));
        }
        if (SLAVIC_ACCUSATIVE.contains(locale.getLanguage())) {
            Map.copyOf(names).forEach((name, day) -> names.putIfAbsent(accusative(name), day));
        }
        Map<String, DayOfWeek> uninflected = Map.copyOf(names);
        for (UnaryOperator<String> inflection : CASES.getOrDefault(locale.getLanguage(), List.of())) {
            uninflected.forEach((name, day) -> names.putIfAbsent(inflection.apply(name), day));
        }
        abbreviations(locale).forEach(names::putIfAbsent);
        Map<String, DayOfWeek> unprefixed = Map.copyOf(names);
        for (String prefix : MonthNames.prefixes(locale.getLanguage())) {
            unprefixed.forEach((name, day) -> names.putIfAbsent(prefix + name, day));
        }
        return names;
    }

    /**
     * The {@link #names} and CLDR's abbreviated names in brackets, as Japanese and Korean write a date's weekday
     * after it: "14日(木)", "14일(목)", "14日（周四）" (the text is folded, full-width brackets too).
     */
    static Map<String, DayOfWeek> bracketed(ULocale locale) {
        Map<String, DayOfWeek> names = new HashMap<>(abbreviatedNames(locale));
        names.putAll(names(locale));
        Map<String, DayOfWeek> bracketed = new HashMap<>();
        names.forEach((name, day) -> bracketed.put("(" + name + ")", day));
        return bracketed;
    }

    /**
     * CLDR's abbreviated names where they may stand for the day ({@link #ABBREVIATIONS_EXCEPT}), and those of
     * weekday-abbreviations.tsv.
     */
    private static Map<String, DayOfWeek> abbreviations(ULocale locale) {
        Map<String, DayOfWeek> names = new HashMap<>();
        Set<String> except = ABBREVIATIONS_EXCEPT.get(locale.getLanguage());
        if (except != null) {
            names.putAll(cldrNames(DateFormatSymbols.getInstance(locale), DateFormatSymbols.ABBREVIATED));
            names.keySet().removeAll(except);
        }
        listed(LISTED_ABBREVIATIONS, locale).forEach(names::putIfAbsent);
        return names;
    }

    /** CLDR's abbreviated names of every language, folded, without their dot ("fre", "so", "πεμ"). */
    static Map<String, DayOfWeek> abbreviatedNames(ULocale locale) {
        return cldrNames(DateFormatSymbols.getInstance(locale), DateFormatSymbols.ABBREVIATED);
    }

    /** The folded names of a weekday list's rows for the locale's language. */
    private static Map<String, DayOfWeek> listed(List<String[]> rows, ULocale locale) {
        Map<String, DayOfWeek> names = new HashMap<>();
        rows.stream().filter(columns -> columns[0].equals(locale.getLanguage()))
                .forEach(columns -> Stream.of(columns[2].split("\\|")).forEach(name -> names.putIfAbsent(
                        TextFolding.fold(name), DayOfWeek.of(Integer.parseInt(columns[1])))));
        return names;
    }

    /** CLDR's names of one width, format and stand-alone, folded, without an abbreviation's dot. */
    private static Map<String, DayOfWeek> cldrNames(DateFormatSymbols symbols, int width) {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] forms = symbols.getWeekdays(context, width);
            for (int i = 0; i < ICU_DAYS.length; i++) {
                String name = TextFolding.fold(forms[ICU_DAYS[i]]);
                names.putIfAbsent(name.endsWith(".") ? name.substring(0, name.length() - 1) : name, DAYS[i]);
            }
        }
        return names;
    }

    /** "周一", "週一", "礼拜一", "禮拜天", "星期天": the everyday names beside CLDR's "星期一". */
    private static Map<String, DayOfWeek> chineseColloquial() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (String week : List.of("周", "週", "礼拜", "禮拜", "星期")) {
            for (int i = 0; i < CHINESE_NUMERALS.length(); i++) {
                names.put(week + CHINESE_NUMERALS.charAt(i), DayOfWeek.of(i + 1));
            }
            names.put(week + "日", DayOfWeek.SUNDAY);
            names.put(week + "天", DayOfWeek.SUNDAY);
        }
        return names;
    }

    /** "пятница" → "пятницу", "неділя" → "неділю", "srijeda" → "srijedu": the form after "в", "u" ("on"). */
    private static String accusative(String name) {
        return name.replaceAll("а$", "у").replaceAll("я$", "ю").replaceAll("a$", "u");
    }

    /** The day of the week {@code day} among the three days before {@code reference}, it, and the three after. */
    static LocalDate nearest(DayOfWeek day, LocalDate reference) {
        int ahead = Math.floorMod(day.getValue() - reference.getDayOfWeek().getValue(), 7);
        return ahead <= 3 ? reference.plusDays(ahead) : reference.minusDays(7 - ahead);
    }
}
