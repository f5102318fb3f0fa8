package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.EventDate;
import dev.polychron.nlp.text.DataFiles;
import dev.polychron.nlp.text.TextFolding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A weekend named by a phrase of {@code weekend-phrases.tsv}: "last weekend", "ce week-end", "am Wochenende". Its value
 * is TIMEX's weekend of an ISO week, "2015-W11-WE" (granularity week). "Last" is the previous week's, "next" the
 * first one after the reference; "this" and a bare weekend move by their clause's tense ({@link ClauseTense}) once
 * all rules have run: the last weekend begun by the reference in the past, the first one not yet over in the future.
 */
final class Weekends {

    private static final List<String[]> ROWS = DataFiles.lines(Weekends.class, "weekend-phrases.tsv").stream()
            .map(line -> line.split("\t")).toList();
    private static final String THIS = "0";
    private static final String BARE = "T";
    private static final String BARE_PAST = "T-1";
    private static final int WORDS_BEFORE = 2;
    private static final int UNDOING_AFTER = 4;
    private static final int UNDOING_BEFORE = 5;

    /** How far back a row's words before a phrase are looked for. */
    private static final int BEFORE_REACH = 20;

    /** The folded phrases whose weekend the tense moves, each with its rows' words before it and direction. */
    private final Map<String, List<Kind>> tensed;
    private final ClauseTense tense;

    /** How the tense moves a phrase that stands after {@code before}. */
    private record Kind(Pattern before, String direction) {
    }

    private Weekends(Map<String, List<Kind>> tensed, ClauseTense tense) {
        this.tensed = tensed;
        this.tense = tense;
    }

    /** Moves the weekends of {@code language} by {@code tense}, which may be null (none read). */
    static Weekends of(String language, ClauseTense tense) {
        Map<String, List<Kind>> tensed = new HashMap<>();
        rows(language).filter(row -> row[1].equals(THIS) || row[1].startsWith(BARE)).forEach(row -> {
            Kind kind = new Kind(Pattern.compile("(?U)" + wordsBefore(row) + "\\z"), row[1]);
            phrases(row).forEach(phrase -> tensed.computeIfAbsent(phrase, p -> new ArrayList<>()).add(kind));
        });
        return new Weekends(tensed, tense);
    }

    /** The rules of {@code language}; a bare or "this" weekend reads as the reference's week's until resolved. */
    static List<DateRule> rules(String language) {
        return rows(language).map(row -> {
            List<String> phrases = phrases(row);
            String before = row[WORDS_BEFORE].isEmpty() ? "" : "(?<=" + wordsBefore(row) + ")";
            String undoingBefore = row.length <= UNDOING_BEFORE ? ""
                    : "(?<!\\b(?:" + Alternation.of(folded(row[UNDOING_BEFORE])) + ")\\s)";
            String undoingAfter = row.length <= UNDOING_AFTER ? "" : "(?!\\s+(?:" + folded(row[UNDOING_AFTER])
                    .stream().map(word -> Pattern.quote(word)
                            + (word.endsWith("'") ? "" : "(?![\\p{L}\\p{N}])")).collect(Collectors.joining("|"))
                    + "))";
            String regex = before + undoingBefore + "(?<![\\p{L}\\p{N}])(?:" + Alternation.of(phrases)
                    + ")(?![\\p{L}\\p{N}-])" + undoingAfter;
            UnaryOperator<LocalDate> week = switch (row[1]) {
                case "-1" -> day -> day.minusWeeks(1);
                case "1" -> Weekends::upcoming;
                default -> UnaryOperator.identity();
            };
            List<String> firstWords = phrases.stream().map(phrase -> phrase.split(" ")[0]).toList();
            return DateRule.of(Start.words(firstWords), regex, (m, reference) -> {
                return Optional.of(weekendOf(week.apply(reference.toLocalDate())));
            });
        }).toList();
    }

    /** The mentions, each "this" or bare weekend moved by its clause's tense; a bare one without a tense dropped. */
    List<DateMention> resolve(String text, String folded, List<DateMention> mentions, LocalDate reference,
                              DatePreference preference) {
        if (tensed.isEmpty()) {
            return mentions;
        }
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        for (DateMention mention : mentions) {
            String kind = mention.value().endsWith(EventDate.WEEKEND_SUFFIX) ? kind(folded, mention) : null;
            if (kind == null) {
                resolved.add(mention);
                continue;
            }
            ClauseTense.Tense told = tense == null ? ClauseTense.Tense.NONE
                    : tense.told(text, mention.start(), mention.end());
            ClauseTense.Tense said = told != ClauseTense.Tense.NONE ? told : preference.tense();
            if (said == ClauseTense.Tense.NONE && kind.equals(BARE)) {
                continue;
            }
            if (said == ClauseTense.Tense.NONE && kind.equals(BARE_PAST)) {
                said = ClauseTense.Tense.PAST;
            }
            LocalDate day = said == ClauseTense.Tense.PAST ? past(reference)
                    : said == ClauseTense.Tense.FUTURE ? coming(reference) : reference;
            resolved.add(new DateMention(mention.text(), mention.start(), mention.end(), weekendOf(day).value(),
                    mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences()));
        }
        return resolved;
    }

    /** How the tense moves the weekend {@code mention} names, or null where it names none that it moves. */
    private String kind(String folded, DateMention mention) {
        for (Kind kind : tensed.getOrDefault(folded.substring(mention.start(), mention.end()), List.of())) {
            Matcher before = kind.before().matcher(folded).region(Math.max(0, mention.start() - BEFORE_REACH),
                    mention.start()).useTransparentBounds(true);
            if (before.find()) {
                return kind.direction();
            }
        }
        return null;
    }

    /** The pattern of the words that must stand right before a row's phrases, or "" where none must. */
    private static String wordsBefore(String[] row) {
        return row[WORDS_BEFORE].isEmpty() ? "" : "\\b(?:" + Alternation.of(folded(row[WORDS_BEFORE])) + ")\\s";
    }

    /** A day in the week of the last weekend begun by {@code day}. */
    private static LocalDate past(LocalDate day) {
        return day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? day : day.minusWeeks(1);
    }

    /** A day in the week of the first weekend not over by {@code day}: a future under way on a Saturday. */
    private static LocalDate coming(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusWeeks(1) : day;
    }

    /** A day in the week of the first weekend after {@code day}: "next weekend" is not the one under way. */
    private static LocalDate upcoming(LocalDate day) {
        return day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? day.plusWeeks(1) : day;
    }

    private static ResolvedDate weekendOf(LocalDate day) {
        ResolvedDate week = CalendarUnits.of(day.atStartOfDay(), ChronoUnit.WEEKS);
        return ResolvedDate.of(week.value() + EventDate.WEEKEND_SUFFIX, week.granularity());
    }

    private static Stream<String[]> rows(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        return ROWS.stream().filter(row -> row[0].equals(code));
    }

    private static List<String> phrases(String[] row) {
        return folded(row[3]);
    }

    private static List<String> folded(String column) {
        return Stream.of(column.split("\\|")).map(TextFolding::fold).toList();
    }
}
