package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute dates by pattern: ISO dates, day–month–year and month–day–year with CLDR month names of the text's
 * language, Vietnamese numeric months, and years. Overlapping matches resolve to the longest, then the earliest.
 */
public final class RuleBasedDateExtractor implements DateExtractor {

    private static final String DAY = "(?<day>[0-3]?\\d)";
    private static final String YEAR = "(?<year>[12]\\d{3})";
    private static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th|η|ης|er|\\.)?";
    private static final String NOT_DIGIT_BEFORE = "(?<![\\p{N}\\[.,/-])";
    private static final String NOT_DIGIT_AFTER = "(?![\\p{N}\\]]|\\.\\d|,\\d)";

    private final Map<String, List<Rule>> rulesByLanguage = new ConcurrentHashMap<>();

    @Override
    public List<DateMention> extract(String text, String language, LocalDateTime reference) {
        List<DateMention> found = new ArrayList<>();
        for (Rule rule : rulesByLanguage.computeIfAbsent(language, RuleBasedDateExtractor::rulesFor)) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                rule.resolve(matcher, text).ifPresent(found::add);
            }
        }
        return longestFirstWithoutOverlaps(found);
    }

    private static List<DateMention> longestFirstWithoutOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt((DateMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(DateMention::start));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention candidate : found) {
            if (kept.stream().noneMatch(k -> candidate.start() < k.end() && k.start() < candidate.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::start));
        return kept;
    }

    private static List<Rule> rulesFor(String language) {
        MonthNames months = MonthNames.of(language);
        String month = "(?<month>" + months.alternation() + ")";
        Function<Matcher, Integer> monthNumber = m -> months.number(m.group("month"));
        Function<Matcher, Integer> monthDigits = m -> Integer.parseInt(m.group("month"));
        return List.of(
                new Rule(Pattern.compile("(?U)" + NOT_DIGIT_BEFORE + YEAR + "-(?<month>[01]\\d)-" + DAY
                        + NOT_DIGIT_AFTER),
                        Granularity.DAY, monthDigits),
                new Rule(Pattern.compile("(?iuU)\\bngày\\s+" + DAY + "\\s+tháng\\s+(?<month>1[0-2]|0?[1-9])"
                        + "(?:\\s*,)?\\s+năm\\s+" + YEAR + NOT_DIGIT_AFTER), Granularity.DAY, monthDigits),
                new Rule(Pattern.compile("(?iuU)\\btháng\\s+(?<month>1[0-2]|0?[1-9])(?:\\s*,)?\\s+năm\\s+" + YEAR
                        + NOT_DIGIT_AFTER), Granularity.MONTH, monthDigits),
                new Rule(Pattern.compile("(?iuU)" + NOT_DIGIT_BEFORE + DAY + ORDINAL_SUFFIX + "\\s+(?:of\\s+|de\\s+)?"
                        + month + "\\b\\.?(?:\\s+(?:de|του))?,?\\s+" + YEAR + NOT_DIGIT_AFTER),
                        Granularity.DAY, monthNumber),
                new Rule(Pattern.compile("(?iuU)\\b" + month + "\\.?\\s+" + DAY + ORDINAL_SUFFIX + ",?\\s+" + YEAR
                        + NOT_DIGIT_AFTER), Granularity.DAY, monthNumber),
                new Rule(Pattern.compile("(?iuU)\\b" + month + "\\b\\.?\\s+(?:of\\s+|de\\s+|του\\s+)?" + YEAR
                        + NOT_DIGIT_AFTER), Granularity.MONTH, monthNumber),
                new Rule(Pattern.compile("(?U)" + NOT_DIGIT_BEFORE + "\\b" + YEAR + NOT_DIGIT_AFTER + "\\b"),
                        Granularity.YEAR, m -> 1));
    }

    /** One pattern and the granularity it yields. */
    private record Rule(Pattern pattern, Granularity granularity, Function<Matcher, Integer> month) {

        Optional<DateMention> resolve(Matcher matcher, String text) {
            int year = Integer.parseInt(matcher.group("year"));
            try {
                String value = switch (granularity) {
                    case DAY -> LocalDate.of(year, month.apply(matcher), Integer.parseInt(matcher.group("day")))
                            .toString();
                    case MONTH -> String.format("%04d-%02d", year, checkedMonth(month.apply(matcher)));
                    default -> String.format("%04d", year);
                };
                return Optional.of(new DateMention(text.substring(matcher.start(), matcher.end()), matcher.start(),
                        matcher.end(), value, granularity, null, null, false));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        private static int checkedMonth(int month) {
            if (month < 1 || month > 12) {
                throw new DateTimeException("month " + month);
            }
            return month;
        }
    }
}
