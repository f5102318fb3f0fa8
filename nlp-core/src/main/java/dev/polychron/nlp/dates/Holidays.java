package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.PhraseMatcher;
import dev.polychron.nlp.text.TextFolding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days — feasts and public holidays ("Christmas 2019", "Tết 2020", "Πάσχα 2021", "last Thanksgiving") — from
 * the data files {@code holiday-names.tsv} and {@code holiday-rules.tsv}: CLDR has no holiday data, so they are ours.
 * A named period (Ramadan, Passover, Lent) is a range of days.
 * The day follows the region of the BCP 47 tag where it differs (Thanksgiving in {@code en-US} and {@code en-CA}).
 * With a year (after the name, or before it where a language writes it first) the day of that year is meant; with
 * "next" or "last" the next or last one; otherwise the next one on or after the reference date, or the last one where
 * the tense tells the past, and then one on the same date every year takes the year told before it
 * ({@link YearsToldBefore}).
 */
final class Holidays {

    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^(?:\\s*,)?\\s+(?:of\\s+|in\\s+|de\\s+|del\\s+|του\\s+|το\\s+|nam\\s+)?([12][0-9]{3})(?![0-9])"
                    + "(?:\\s+года|\\s+г\\.)?");
    /** Languages that may write the year before the day's name: "2018 kurban bayramı", "2018年圣诞节". */
    private static final Set<String> YEAR_FIRST = Set.of("tr", "hu", "zh", "ja", "ko");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![0-9])([12][0-9]{3})(?:\\s*[年년]\\s*|\\s+)$");
    /** Greek words for "next" and "last" before a named day, folded: "την προηγούμενη μέρα της μητέρας". */
    private static final Map<String, String> GREEK_WHICH = Map.of(
            "επομενη", "next", "επομενο", "next", "επομενος", "next", "ερχομενη", "next", "ερχομενο", "next",
            "προηγουμενη", "last", "προηγουμενο", "last", "περασμενη", "last", "περασμενο", "last");
    /** The words before a named day that say which one, "following" only after "the" ("Following Christmas, …"). */
    private static final Pattern WHICH_BEFORE = Pattern.compile(
            "(?:^|\\s)(this|next|last|(?<=the\\s)following|" + String.join("|", GREEK_WHICH.keySet()) + ")\\s+$");
    private static final int WHICH_REACH = " the following ".length();
    /**
     * Before a named day on the same date every year, the words that make it the next one after the date told before
     * ({@link YearsToldBefore}): "In 1914 the war began. The following Christmas, …" (not "next Christmas").
     */
    private static final Pattern AFTER_TOLD_BEFORE = Pattern.compile("(?:^|\\s)the\\s+(?:next|following)\\s+$");
    /** What may stand between a named day and the relative date that places it: "thanksgiving of next year". */
    private static final Pattern RELATIVE_CONNECTOR = Pattern.compile("\\s+(?:(?:of|in|της|του)\\s+)?");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("[0-9]{4}");
    private static final int DAY_LENGTH = "2014-04-01".length();
    /** TIMEX values have four-digit years: a named day after 9999 is left out. */
    private static final int MAX_YEAR = 9999;
    /** How far after a feast's name its cyclic year's name may reach: "tết mau than". */
    private static final int CYCLIC_REACH = 12;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}(?![0-9])");
    private static final Map<String, Holiday> HOLIDAYS = readRules();
    /** Indefinite articles, folded, before which a name listed with a capital is an adjective's: "μια μεγάλη". */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:^|\\s)(?:ενα|μια|μιας|ενος)\\s+$");
    private static final int ARTICLE_REACH = "μιας ".length() + 1;
    private static final Map<String, Map<String, String>> NAMES = new HashMap<>();
    /** The folded names, by language, listed with a capital. */
    private static final Map<String, Set<String>> CAPITALISED = new HashMap<>();

    static {
        readNames();
    }

    /** One named day: its rule, and the rules of regions that keep it on another day. */
    private record Holiday(HolidayRule rule, Map<String, HolidayRule> regional) {

        HolidayRule ruleFor(String region) {
            return regional.getOrDefault(region, rule);
        }
    }

    private final PhraseMatcher<String> names;
    private final Set<String> capitalised;
    private final String region;
    private final boolean yearFirst;
    private final HolidayRule.Lunar.Reckoning lunarReckoning;
    /** What the language writes against a name ("설날에"). */
    private final List<String> particles;

    private final CyclicYears cyclicYears;
    private final SpelledYears spelledYears;
    /** The tense beside a named day without its year, or null where the language has no tense words. */
    private final ClauseTense tense;

    private Holidays(PhraseMatcher<String> names, Set<String> capitalised, String region, boolean yearFirst,
                     HolidayRule.Lunar.Reckoning lunarReckoning, List<String> particles, CyclicYears cyclicYears,
                     SpelledYears spelledYears, ClauseTense tense) {
        this.names = names;
        this.capitalised = capitalised;
        this.region = region;
        this.yearFirst = yearFirst;
        this.lunarReckoning = lunarReckoning;
        this.particles = particles;
        this.cyclicYears = cyclicYears;
        this.spelledYears = spelledYears;
        this.tense = tense;
    }

    /** The named days of a language, whose years in words {@code spelledYears} reads and whose clause {@code tense}. */
    static Holidays of(String languageTag, SpelledYears spelledYears, ClauseTense tense) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return new Holidays(new PhraseMatcher<>(NAMES.getOrDefault(locale.getLanguage(), Map.of())),
                CAPITALISED.getOrDefault(locale.getLanguage(), Set.of()),
                locale.getCountry(), YEAR_FIRST.contains(locale.getLanguage()),
                HolidayRule.Lunar.Reckoning.of(locale.getLanguage()), RelativeDates.particles(languageTag),
                CyclicYears.of(ULocale.forLocale(locale)),
                spelledYears, tense);
    }

    List<RelativeDates.Found> find(String text, String folded, LocalDateTime reference) {
        List<RelativeDates.Found> found = new ArrayList<>();
        for (PhraseMatcher.Hit<String> hit : names.find(folded)) {
            if (!RelativeDates.bounded(folded, hit.start(), hit.end())
                    && !RelativeDates.beforeParticle(folded, hit.start(), hit.end(), particles)
                    || !writtenAsName(text, folded, hit)) {
                continue;
            }
            HolidayRule rule = ruleOf(hit.value());
            int end = hit.end();
            Matcher cyclic = cyclicYears.nameAt(folded.substring(end, Math.min(folded.length(), end + CYCLIC_REACH)));
            String cyclicName = null;
            if (cyclic != null && cyclic.lookingAt()) {
                cyclicName = cyclic.group(1);
                end += cyclic.end();
            }
            Matcher year = YEAR_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 16)));
            Matcher which = WHICH_BEFORE.matcher(
                    folded.substring(Math.max(0, hit.start() - WHICH_REACH), hit.start()));
            Matcher yearBefore = YEAR_BEFORE.matcher(folded.substring(Math.max(0, hit.start() - 8), hit.start()));
            int start = hit.start();
            LocalDate day;
            boolean yearless = false;
            boolean afterTold = false;
            LocalDate today = reference.toLocalDate();
            boolean writtenYear = year.find();
            Optional<SpelledYears.Year> spelledYear = writtenYear ? Optional.empty() : spelledYears.after(folded, end);
            if (writtenYear) {
                day = rule.in(Integer.parseInt(year.group(1)));
                end += year.end();
            } else if (spelledYear.isPresent()) {
                day = rule.in(spelledYear.get().year());
                end = spelledYear.get().end();
            } else if (cyclicName != null) {
                day = rule.in(cyclicYears.latestUpTo(cyclicName, reference.getYear()));
            } else if (yearFirst && yearBefore.find()) {
                day = rule.in(Integer.parseInt(yearBefore.group(1)));
                start -= yearBefore.group().length();
            } else if (which.find()) {
                start -= which.group().length() - which.group().indexOf(which.group(1));
                day = switch (GREEK_WHICH.getOrDefault(which.group(1), which.group(1))) {
                    case "next", "following" -> after(rule, today.plusDays(1));
                    case "last" -> before(rule, today.minusDays(1));
                    default -> after(rule, today);
                };
                afterTold = rule instanceof HolidayRule.Fixed && AFTER_TOLD_BEFORE.matcher(
                        folded.substring(Math.max(0, hit.start() - WHICH_REACH), hit.start())).find();
            } else if (tense != null && tense.beside(text, start, end) == ClauseTense.Tense.PAST) {
                // the last one where the words beside it tell of the past: "Over Easter, traffic was heavy"
                day = before(rule, today);
                yearless = rule instanceof HolidayRule.Fixed;
            } else {
                day = after(rule, today);
            }
            if (day.getYear() > MAX_YEAR) {
                continue;
            }
            LocalDate lastDay = rule.lastDay(day);
            ResolvedDate date = new ResolvedDate(day.toString(), Granularity.DAY, null,
                    lastDay.equals(day) ? null : lastDay.toString());
            // told in the past, a day on the same date every year may take the year told before it ("In 2019 he died
            // after Christmas"); elsewhere it is the coming one ("Those who died in 2015 are remembered at Christmas")
            found.add(new RelativeDates.Found(start, end,
                    yearless ? date.yearless() : afterTold ? date.afterToldBefore() : date));
        }
        return found;
    }

    private boolean writtenAsName(String text, String folded, PhraseMatcher.Hit<String> hit) {
        return !capitalised.contains(folded.substring(hit.start(), hit.end()))
                || Character.isUpperCase(text.charAt(hit.start())) && !INDEFINITE_BEFORE.matcher(
                        folded.substring(Math.max(0, hit.start() - ARTICLE_REACH), hit.start())).find();
    }

    /** The rule of a named day here: Vietnamese and Korean writers mean the lunar days of their own calendars. */
    private HolidayRule ruleOf(String id) {
        HolidayRule rule = HOLIDAYS.get(id).ruleFor(region);
        return rule instanceof HolidayRule.Lunar lunar ? lunar.reckonedIn(lunarReckoning) : rule;
    }

    /**
     * {@code sorted} with each named day that a relative day or year follows ("thanksgiving 9 months from now",
     * "Easter next year", "thanksgiving of next year") joined to it: the named day on or after the first day of that
     * date.
     */
    List<DateMention> joinRelativeDates(String text, String folded, List<DateMention> sorted) {
        List<DateMention> joined = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DateMention named = sorted.get(i);
            DateMention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            Optional<RelativeDates.Found> day = next == null
                    || !RELATIVE_CONNECTOR.matcher(folded.substring(named.end(), next.start())).matches()
                    || WRITTEN_YEAR.matcher(next.text()).find() ? Optional.empty() : firstDay(next)
                    .flatMap(first -> find(text.substring(named.start(), named.end()),
                            folded.substring(named.start(), named.end()), first.atStartOfDay())
                            .stream().filter(found -> found.end() - found.start() == named.end() - named.start())
                            .findFirst());
            if (day.isPresent()) {
                joined.add(new DateMention(text.substring(named.start(), next.end()), named.start(), next.end(),
                        day.get().date().value(), Granularity.DAY, null, day.get().date().rangeEnd(),
                        named.inReferences()));
                i++;
            } else {
                joined.add(named);
            }
        }
        return joined;
    }

    /** The first day of a day or year of four digits ("99999 days ago" may reach a fifth). */
    private static Optional<LocalDate> firstDay(DateMention date) {
        if (!FOUR_DIGIT_YEAR.matcher(date.value()).lookingAt()) {
            return Optional.empty();
        }
        return switch (date.granularity()) {
            case DAY -> Optional.of(LocalDate.parse(date.value().substring(0, DAY_LENGTH)));
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(date.value()), 1, 1));
            default -> Optional.empty();
        };
    }

    /** The next named day on or after {@code from}, or the named period under way then. */
    private static LocalDate after(HolidayRule rule, LocalDate from) {
        LocalDate day = rule.in(from.getYear());
        return rule.lastDay(day).isBefore(from) ? rule.in(from.getYear() + 1) : day;
    }

    private static LocalDate before(HolidayRule rule, LocalDate until) {
        LocalDate day = rule.in(until.getYear());
        return day.isAfter(until) ? rule.in(until.getYear() - 1) : day;
    }

    private static Map<String, Holiday> readRules() {
        Map<String, Holiday> holidays = new HashMap<>();
        for (String[] row : rows("holiday-rules.tsv")) {
            Map<String, HolidayRule> regional = new HashMap<>();
            if (row.length > 2) {
                for (String override : row[2].trim().split("\\s+")) {
                    String[] regionRule = override.split("=", 2);
                    regional.put(regionRule[0], HolidayRule.parse(regionRule[1]));
                }
            }
            holidays.put(row[0], new Holiday(HolidayRule.parse(row[1]), regional));
        }
        return holidays;
    }

    /** Folded names by language, each with its holiday id, into {@link #NAMES} and {@link #CAPITALISED}. */
    private static void readNames() {
        for (String[] row : rows("holiday-names.tsv")) {
            if (!HOLIDAYS.containsKey(row[0])) {
                throw new IllegalStateException("holiday-names.tsv names unknown holiday " + row[0]);
            }
            for (String language : row[1].split(",")) {
                for (String name : row[2].split("\\|")) {
                    String folded = TextFolding.fold(name.strip());
                    NAMES.computeIfAbsent(language, l -> new LinkedHashMap<>())
                            .putAll(ArabicArticle.withClitics(language, Map.of(folded, row[0])));
                    if (Character.isUpperCase(name.strip().charAt(0))) {
                        CAPITALISED.computeIfAbsent(language, l -> new HashSet<>()).add(folded);
                    }
                }
            }
        }
    }

    private static List<String[]> rows(String resource) {
        return DataFiles.lines(Holidays.class, resource).stream().map(line -> line.split("\t")).toList();
    }
}
