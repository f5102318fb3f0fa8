package dev.polychron.nlp.dates;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.nlp.text.BoundedMemo;
import dev.polychron.nlp.text.DataFiles;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that point back to the date told before them: "two days later", "hai ngày sau", "kể từ đó", "τότε" take
 * their value from the previous date mention of the text, moved by the count and unit they name. The phrases are
 * ours (anaphora.tsv), as CLDR's relative formats count from the present; spelled-out counts are read with ICU's
 * spell-out rules for the language.
 */
final class AnaphoricDates {

    private static final List<String> LINES = DataFiles.lines(AnaphoricDates.class, "anaphora.tsv");
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);
    private static final Map<ChronoUnit, Granularity> UNIT_GRANULARITY = Map.of(ChronoUnit.DAYS, Granularity.DAY,
            ChronoUnit.WEEKS, Granularity.DAY, ChronoUnit.MONTHS, Granularity.MONTH, ChronoUnit.YEARS, Granularity.YEAR);
    /**
     * Possessive letter runs: a space or hyphen follows each, so giving letters back never helps, and the pattern is
     * tried at every word of the text.
     */
    private static final String COUNT = "(?<n>\\d{1,3}|\\p{L}++(?:[ -]\\p{L}++)?)";

    /** Lenient spell-out parsing takes near a millisecond a word, mostly on words that are no count at all. */
    private static final int REMEMBERED_COUNTS = 10_000;
    private static final Pattern HOLE = Pattern.compile("\\{n}|\\{unit}");
    /** The most word starts a count holds: three digits, or two letter runs. */
    private static final int COUNT_WORD_STARTS = 3;

    /**
     * One phrase: its pattern over folded text, where its matches begin, its longest fixed part and the most word
     * starts a match holds before it, which way it moves, and its unit (or the unit it names).
     */
    private record Phrase(Pattern pattern, Start start, String fixedPart, int wordsBeforeFixedPart, int direction,
                          ChronoUnit unit, Map<String, ChronoUnit> unitWords) {
    }

    private final List<Phrase> phrases;
    private final RuleBasedNumberFormat spelledOut;
    private final BoundedMemo<String, Long> spelledCounts = new BoundedMemo<>(this::spelledCount, REMEMBERED_COUNTS);

    private AnaphoricDates(List<Phrase> phrases, ULocale locale) {
        this.phrases = phrases;
        this.spelledOut = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        this.spelledOut.setLenientParseMode(true);
    }

    static AnaphoricDates of(String language) {
        String code = ULocale.forLanguageTag(language).getLanguage();
        Map<String, ChronoUnit> unitWords = new HashMap<>();
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if (fields[0].equals("unit") && fields[1].equals(code)) {
                for (String word : fields[3].split("\\|")) {
                    unitWords.put(word, UNITS.get(fields[2]));
                }
            }
        }
        String unitAlternation = "(?<unit>" + String.join("|", unitWords.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
        List<Phrase> phrases = new ArrayList<>();
        for (String line : LINES) {
            String[] fields = line.split("\t");
            if (fields[0].equals(code)) {
                String regex = Pattern.quote(fields[3]).replace("{n}", "\\E" + COUNT + "\\Q")
                        .replace("{unit}", "\\E" + unitAlternation + "\\Q");
                int direction = switch (fields[1]) {
                    case "later" -> 1;
                    case "earlier" -> -1;
                    default -> 0;
                };
                String[] fixedParts = HOLE.split(fields[3], -1);
                Start start = fixedParts[0].isEmpty() ? Start.WORD : Start.words(List.of(fixedParts[0]));
                String longest = Arrays.stream(fixedParts).map(String::strip)
                        .max(Comparator.comparingInt(String::length)).orElseThrow();
                int longestUnit = unitWords.keySet().stream().mapToInt(String::length).max().orElse(0);
                int wordsBefore = String.join("", fixedParts).length()
                        + COUNT_WORD_STARTS * count(fields[3], "{n}") + longestUnit * count(fields[3], "{unit}");
                phrases.add(new Phrase(Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])"),
                        start, longest, wordsBefore, direction, UNITS.get(fields[2]), unitWords));
            }
        }
        return new AnaphoricDates(phrases, ULocale.forLanguageTag(language));
    }

    /**
     * The anaphoric dates of the text that a date before them anchors, given where matches may begin in its folded
     * form and the other mentions in text order; none overlaps those mentions, but it may hold one, which it then
     * replaces: Arabic "اليوم التالي" (the following day) holds "اليوم" (today).
     */
    List<DateMention> find(String text, MatchStarts folded, List<DateMention> mentions) {
        List<DateMention> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!folded.text().contains(phrase.fixedPart())) {
                continue;
            }
            Consumer<Matcher> onMatch = m -> {
                int start = m.start();
                int end = m.end();
                boolean free = mentions.stream().noneMatch(d -> d.start() < end && start < d.end()
                        && !holds(start, end, d))
                        && found.stream().noneMatch(d -> d.start() < end && start < d.end());
                Optional<DateMention> anchor = mentions.stream().filter(d -> d.end() <= start).reduce((a, b) -> b);
                if (free && anchor.isPresent()) {
                    resolve(phrase, m, text, anchor.get()).ifPresent(date -> found.add(new DateMention(
                            text.substring(start, end), start, end, date.value(), date.granularity(), null, null,
                            false)));
                }
            };
            if (phrase.start() == Start.WORD) {
                // a phrase opening with its count is found near its fixed part, not tried at every word
                folded.forEachNear(phrase.pattern(), phrase.fixedPart(), phrase.wordsBeforeFixedPart(), onMatch);
            } else {
                folded.forEach(phrase.pattern(), phrase.start(), onMatch);
            }
        }
        return found;
    }

    /** Whether {@code [start, end)} spans all of {@code inner}. */
    static boolean holds(int start, int end, DateMention inner) {
        return start <= inner.start() && inner.end() <= end;
    }

    private static int count(String template, String hole) {
        int holes = 0;
        for (int at = template.indexOf(hole); at >= 0; at = template.indexOf(hole, at + 1)) {
            holes++;
        }
        return holes;
    }

    private Optional<ResolvedDate> resolve(Phrase phrase, Matcher m, String text, DateMention anchor) {
        Optional<LocalDate> anchorDay = firstDay(anchor.value(), anchor.granularity());
        if (anchorDay.isEmpty()) {
            return Optional.empty();
        }
        if (phrase.direction() == 0) {
            return Optional.of(ResolvedDate.of(anchor.value(), anchor.granularity()));
        }
        ChronoUnit unit = phrase.unit() != null ? phrase.unit() : phrase.unitWords().get(m.group("unit"));
        long count = phrase.unit() != null ? 1
                : count(text.substring(m.start("n"), m.end("n")).toLowerCase(Locale.ROOT));
        if (count <= 0) {
            return Optional.empty();
        }
        LocalDate moved = anchorDay.get().plus(phrase.direction() * count, unit);
        Granularity granularity = anchor.granularity().compareTo(UNIT_GRANULARITY.get(unit)) > 0
                ? anchor.granularity() : UNIT_GRANULARITY.get(unit);
        return Optional.of(ResolvedDate.of(format(moved, granularity), granularity));
    }

    /** A count in digits or spelled out ("two", "hai", "δύο"); 0 when it is neither. */
    private long count(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(written);
        }
        return spelledCounts.apply(written);
    }

    private long spelledCount(String written) {
        ParsePosition position = new ParsePosition(0);
        Number number;
        // one formatter per language serves every analysing thread, and ICU's formatters are not thread-safe
        synchronized (spelledOut) {
            number = spelledOut.parse(written, position);
        }
        return number != null && position.getIndex() == written.length() ? number.longValue() : 0;
    }

    private static Optional<LocalDate> firstDay(String value, Granularity granularity) {
        try {
            return switch (granularity) {
                case DAY -> Optional.of(LocalDate.parse(value.substring(0, 10)));
                case MONTH -> Optional.of(LocalDate.parse(value + "-01"));
                case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String format(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> String.format("%04d", day.getYear());
            case MONTH -> day.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            default -> day.toString();
        };
    }
}
