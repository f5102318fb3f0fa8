package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and months listed together share one year: "in May and June 1990", "in May, June and July 1990", "on 3 May and
 * 9 June 2001" are of the year written with the last of them, each before the one after it; "were held on September
 * 26 and October 19", no year written, are of the year the tense gave the first, each after the one before, as the
 * tense reads the clause of the first only. The words that part a list are CLDR's ({@link ListedDays#separator()}); a
 * month named alone inside the list ("June" of "May, June and July 1990") or opening it ("March" of "the March and
 * April 2020 figures", written as a month: not "may"; not after a name: "Theresa May and June 2017") becomes a mention
 * of its own, as do the seasons named alone that open a list before a season with its year ("in the spring and summer
 * of 1858").
 */
final class ListedYears {

    private static final Pattern DAY_OR_MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    private static final Pattern SEASON_VALUE = Pattern.compile("\\d{4}-\\p{Lu}{2}");
    private static final Map<String, ListedYears> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** How far before a list's first mention the months named alone that open it may begin: three long names. */
    private static final int OPENING_REACH = 48;
    /**
     * A capitalised word right before a list's opening months that makes the first a name's ("Theresa May and June
     * 2017"): any but a short one that opens its sentence, a determiner or preposition ("The", "In").
     */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:[^.!?\\s][ \\t]+\\p{Lu}\\p{L}*|\\p{Lu}\\p{L}{3,})[ \\t]+\\z");

    /**
     * English seasons that are verbs too ("as prices fall and winter 2007 arrives"): they open a list only capitalised
     * or after one of {@link #SEASON_OPENERS}.
     */
    private static final Pattern VERB_SEASON = Pattern.compile("(?:fall|spring)(?!\\p{L})");
    /** How far before a season its opener is looked for. */
    private static final int OPENER_REACH = 12;
    private static final Pattern SEASON_OPENERS = Pattern.compile(
            "(?i)(?<!\\p{L})(?:the|in|during|of|this|that|last|next|by|early|late|until|since)\\s+\\z");
    /** What may stand between two listed mentions: separators, months named alone between them. */
    private final Pattern gap;
    private final Pattern monthName;
    /** Months named alone, each followed by a separator, up to the end of the text read. */
    private final Pattern monthsOpening;
    private final MonthNames months;
    /** Seasons named alone, each followed by a separator, up to the end of the text read. */
    private final Pattern seasonsOpening;
    private final Pattern seasonName;
    /** The season words, folded, with their TIMEX codes ("summer": "SU"). */
    private final Map<String, String> seasons;

    private ListedYears(String separator, MonthNames months, Map<String, String> seasons) {
        String month = "(?:" + months.alternation() + ")(?!\\p{L})";
        this.gap = Pattern.compile("(?U)" + separator + "(?:" + month + separator + ")*");
        this.monthName = Pattern.compile("(?U)(?<!\\p{L})(?<month>" + months.alternation() + ")(?!\\p{L})");
        this.monthsOpening = Pattern.compile("(?U)(?<!\\p{L})(?:" + month + separator + ")+\\z");
        this.months = months;
        String season = "(?<season>" + Alternation.of(seasons.keySet()) + ")(?!\\p{L})";
        this.seasonName = Pattern.compile("(?U)(?<!\\p{L})" + season);
        this.seasonsOpening = Pattern.compile("(?U)(?<!\\p{L})(?:" + season.replace("?<season>", "?:") + separator
                + ")+\\z");
        this.seasons = seasons;
    }

    /** The lists of {@code language}, whose season words, folded, are {@code seasons} with their TIMEX codes. */
    static ListedYears of(String language, Function<String, Map<String, String>> seasons) {
        return BY_LANGUAGE.computeIfAbsent(language,
                l -> new ListedYears(ListedDays.of(l).separator(), MonthNames.of(l), seasons.apply(l)));
    }

    /** The mentions in text order, the days and months of each list in one year, the months named alone added. */
    List<DateMention> join(String text, String folded, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        List<DateMention> list = new ArrayList<>();
        int free = 0;
        for (DateMention mention : mentions) {
            DateMention last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.end() < mention.start() && isListable(last, folded) && isListable(mention, folded)
                    && gap.matcher(folded).region(last.end(), mention.start()).matches()) {
                list.addAll(monthsNamedAlone(text, folded, last.end(), mention.start(), last));
            } else {
                joined.addAll(inOneYear(list));
                list.clear();
                list.addAll(monthsOpening(text, folded, mention, free));
                joined.addAll(seasonsOpening(text, folded, mention, free));
            }
            list.add(mention);
            free = Math.max(free, mention.end());
        }
        joined.addAll(inOneYear(list));
        return joined;
    }

    /** A day or month written with its month's name, not a range nor a part: "May", "3 May", "June 1990". */
    private boolean isListable(DateMention mention, String folded) {
        return (mention.granularity() == Granularity.DAY || mention.granularity() == Granularity.MONTH)
                && mention.rangeEnd() == null && mention.modifier() == null
                && DAY_OR_MONTH_VALUE.matcher(mention.value()).matches()
                && monthName.matcher(folded).region(mention.start(), mention.end()).find();
    }

    /**
     * The months named alone that open a list with {@code first} after them, from {@code free} on, each written as a
     * month; none where one is not.
     */
    private List<DateMention> monthsOpening(String text, String folded, DateMention first, int free) {
        if (!isListable(first, folded)) {
            return List.of();
        }
        int opening = openingAt(monthsOpening, text, folded, first, free);
        if (opening < 0) {
            return List.of();
        }
        Matcher name = monthName.matcher(text).region(opening, first.start());
        while (name.find()) {
            if (!months.writtenAsMonth(text, name)) {
                return List.of();
            }
        }
        return monthsNamedAlone(text, folded, opening, first.start(), first);
    }

    /** Whether the season word at {@code opening} is written as an English verb, lower case and after no opener. */
    private static boolean isVerb(String text, String folded, int opening) {
        Matcher word = VERB_SEASON.matcher(folded).region(opening, folded.length());
        return word.lookingAt() && Character.isLowerCase(text.charAt(opening))
                && !SEASON_OPENERS.matcher(text).region(Math.max(0, opening - OPENER_REACH), opening).find();
    }

    /** The seasons named alone that open a list with {@code first}, a season with its year, after them. */
    private List<DateMention> seasonsOpening(String text, String folded, DateMention first, int free) {
        if (first.granularity() != Granularity.SEASON || first.rangeEnd() != null || first.modifier() != null
                || !SEASON_VALUE.matcher(first.value()).matches()) {
            return List.of();
        }
        int opening = openingAt(seasonsOpening, text, folded, first, free);
        if (opening < 0 || isVerb(text, folded, opening)) {
            return List.of();
        }
        List<DateMention> named = new ArrayList<>();
        Matcher name = seasonName.matcher(folded).region(opening, first.start());
        while (name.find()) {
            named.add(new DateMention(text.substring(name.start(), name.end()), name.start(), name.end(),
                    first.value().substring(0, 5) + seasons.get(name.group("season")), Granularity.SEASON, null,
                    null, first.inReferences()));
        }
        return named;
    }

    /**
     * Where the names that {@code chain} reads open a list right before {@code first}, from {@code free} on; -1
     * where they do not, or a name stands right before them.
     */
    private static int openingAt(Pattern chain, String text, String folded, DateMention first, int free) {
        Matcher opening = chain.matcher(folded).region(Math.max(free, first.start() - OPENING_REACH), first.start());
        return !opening.find() || NAME_BEFORE.matcher(text).region(Math.max(free, opening.start() - OPENING_REACH),
                opening.start()).find() ? -1 : opening.start();
    }

    /** The months named alone between {@code start} and {@code end}, in the year of {@code yearOf} for now. */
    private List<DateMention> monthsNamedAlone(String text, String folded, int start, int end, DateMention yearOf) {
        List<DateMention> named = new ArrayList<>();
        Matcher name = monthName.matcher(folded).region(start, end);
        while (name.find()) {
            int number = months.number(name.group());
            if (number > 0) {
                named.add(new DateMention(text.substring(name.start(), name.end()), name.start(), name.end(),
                        String.format("%s-%02d", yearOf.value().substring(0, 4), number), Granularity.MONTH, null,
                        null, yearOf.inReferences()));
            }
        }
        return named;
    }

    /**
     * The list with each member written without a year in the year of the next member that has one, a year earlier
     * where it would not come before it; the rest in the year of the member before, a year later where it would not
     * come after it.
     */
    private static List<DateMention> inOneYear(List<DateMention> list) {
        if (list.size() < 2) {
            return List.copyOf(list);
        }
        DateMention[] dated = list.toArray(DateMention[]::new);
        boolean[] known = new boolean[dated.length];
        for (int i = 0; i < dated.length; i++) {
            known[i] = DateRanges.HAS_YEAR.matcher(dated[i].text()).find();
        }
        for (int i = dated.length - 2; i >= 0; i--) {
            if (!known[i] && known[i + 1]) {
                dated[i] = inYearOf(dated[i], dated[i + 1], -1);
                known[i] = true;
            }
        }
        for (int i = 1; i < dated.length; i++) {
            if (!known[i]) {
                dated[i] = inYearOf(dated[i], dated[i - 1], 1);
            }
        }
        return List.of(dated);
    }

    /**
     * {@code mention} in the year of {@code neighbour}, or in the year {@code direction} from it where it would not
     * then stand on that side of it (1: after it, -1: before it).
     */
    private static DateMention inYearOf(DateMention mention, DateMention neighbour, int direction) {
        String monthDay = mention.value().substring(4);
        int year = Integer.parseInt(neighbour.value().substring(0, 4));
        if (Integer.signum(monthDay.compareTo(neighbour.value().substring(4))) != direction) {
            year += direction;
        }
        return new DateMention(mention.text(), mention.start(), mention.end(), String.format("%04d", year) + monthDay,
                mention.granularity(), mention.modifier(), mention.rangeEnd(), mention.inReferences());
    }
}
