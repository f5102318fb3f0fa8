package dev.polychron.nlp.dates;

import com.ibm.icu.util.ULocale;
import dev.polychron.nlp.text.DataFiles;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which way in time the clause around a date looks, told by the words and verb forms of {@code tense-markers.tsv}, as
 * HeidelTime reads undated days by the tense of their sentence: "they will meet on Friday" looks ahead, "the minister
 * said on Friday" back; with markers of both tenses, or none, it says nothing, unless a past form stands right before
 * the date, or a future word outweighs a past told by verb forms alone.
 */
final class ClauseTense {

    enum Tense { FUTURE, PAST, NONE }

    private static final Map<String, Markers> MARKERS = markers();
    /** The words for "until" and "by" among those that point ahead to a day ({@link Markers#looksAhead}). */
    private static final Pattern UNTIL = Pattern.compile(
            "(?iU)jusqu['’]|(?:until|till|by|bis|hasta|fino|έως|ως|μέχρι|do|до)(?!\\p{L})");
    private static final String CLAUSE_ENDS = ".!?;\n。！？；।";
    private static final int CLAUSE_REACH = 200;
    /** The most words an attribution after a comma takes: "the ministry said in a statement". */
    private static final int ATTRIBUTION_WORDS = 6;
    /** The words before a date that {@link #beside} reads, four: "will take effect on", "arrested him on". */
    private static final Pattern LAST_WORDS = Pattern.compile("(?<!\\S)(?:\\S+(?:\\s+|\\z)){0,4}\\z");
    /** The words after a date that opens its clause that {@link #beside} reads: "la police avait arrêté le suspect". */
    private static final int WORDS_BESIDE_AFTER = 6;
    /** At most this many words before a date and it still opens its clause: "On", "Le", "Ngày", "Vào ngày". */
    private static final int OPENING_WORDS = 2;
    private static final Pattern SENTENCE_AFTER = Pattern.compile("\\s+(?!" + TimesOnDays.TIME_ZONE + ")\\p{Lu}");
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,");
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What stands for the day in the words that {@link #across} reads. */
    private static final String DAY = "\u2026";

    private final Markers markers;
    private final boolean unspaced;

    private ClauseTense(Markers markers, boolean unspaced) {
        this.markers = markers;
        this.unspaced = unspaced;
    }

    /** The tense reader of {@code language}, or null where tense-markers.tsv has no row for it. */
    static ClauseTense of(String language) {
        ULocale locale = ULocale.forLanguageTag(language);
        Markers markers = MARKERS.get(locale.getLanguage());
        return markers == null ? null
                : new ClauseTense(markers, DateRanges.UNSPACED.contains(locale.getLanguage()));
    }

    /**
     * The tense of the clause around {@code text[start, end)}, short of an attribution after it: of the reported
     * clause that holds it ("said Thursday that he will…", "said that the plant closes on Thursday"), and in it of the
     * part between the words that join clauses where that part tells one ("Se reunió el martes y verá al presidente
     * el jueves"), as "and" joins nouns too ("will meet the premier and the king on Friday"). Where the reported
     * clause tells none, a future of the whole clause still holds, as "that" is a determiner too ("will announce that
     * decision on Sunday"); its past does not ("said that the plant closes on Thursday").
     */
    Tense around(String text, int start, int end) {
        String clauseBefore = clauseBefore(text, start);
        String clauseAfter = clauseAfter(text, end);
        Optional<String> aside = markers.relativeAside(clauseBefore, clauseAfter);
        String wholeBefore = aside.isPresent() ? sinceComma(clauseBefore) : clauseBefore;
        String wholeAfter = aside.orElseGet(() -> withoutAttribution(clauseAfter));
        String before = afterLast(markers.reportedOpener(), wholeBefore);
        String after = beforeFirst(markers.reportedOpener(), wholeAfter);
        if (markers.joiner() != null) {
            String joinedBefore = afterLast(markers.joiner(), before);
            Tense joined = tenseOf(joinedBefore, beforeFirst(markers.joiner(), after), joinedBefore);
            if (joined != Tense.NONE) {
                return joined;
            }
        }
        Tense reported = tenseOf(before, after, before);
        return reported != Tense.NONE ? reported
                : tenseOf(wholeBefore, wholeAfter, wholeBefore) == Tense.FUTURE ? Tense.FUTURE : Tense.NONE;
    }

    /**
     * The tense of the words beside {@code text[start, end)}, else of its clause ("The plant will close, the firm said
     * on Friday").
     */
    Tense told(String text, int start, int end) {
        Tense beside = beside(text, start, end);
        return beside != Tense.NONE ? beside : around(text, start, end);
    }

    /**
     * The tense told right beside {@code text[start, end)}: by the last four words before it since the last comma
     * ("the minister said on", "will take effect on") and, when it opens its clause (one or two words before it that
     * tell no tense: "On", "Le", not "Police said"), by the words after it up to the next comma ("Le 28 décembre, la
     * police avait arrêté…") where the whole clause agrees. A word further off in the clause often belongs to another
     * verb ("said that the store opens on", "the offer, which was announced, expires on", "On 20 January the minister
     * who was appointed last year will…"), nor does its subject ("On 8 September the army surrendered" tells the past
     * only by the verb after it). Where these tell nothing, a verb that spans the day may ({@link #across}).
     */
    Tense beside(String text, int start, int end) {
        String before = clauseBefore(text, start);
        String sinceComma = sinceComma(before);
        String clauseAfter = clauseAfter(text, end);
        String after = markers.relativeAside(before, clauseAfter).orElseGet(() -> withoutAttribution(clauseAfter));
        Matcher last = LAST_WORDS.matcher(sinceComma);
        String tail = last.find() ? last.group() : "";
        String rest = LEADING_COMMA.matcher(after).replaceFirst("");
        int comma = rest.indexOf(',');
        String untilComma = comma < 0 ? rest : rest.substring(0, comma);
        Tense told = tenseOf(tail, "", markers.reported(sinceComma, after));
        if (spaced(before).length <= OPENING_WORDS && (unspaced || told == Tense.NONE)) {
            String opened = String.join(" ", firstWords(untilComma, WORDS_BESIDE_AFTER));
            Tense whole = tenseOf(before, after, before);
            Tense opening = tenseOf(tail, opened, markers.reported(sinceComma, after));
            told = opening != Tense.NONE ? (opening == whole ? opening : Tense.NONE)
                    : whole != Tense.FUTURE && markers.pastAfterSubject(opened) ? Tense.PAST : Tense.NONE;
        }
        return told == Tense.NONE ? across(afterLast(markers.joiner(), sinceComma),
                beforeFirst(markers.joiner(), untilComma)) : told;
    }

    /**
     * The tense of the clause that {@code text[start, end)} opens right after a word of attribution ("he said the end
     * of the year is near", "said that the end of the year would be hard"): the saying's past is not the date's; empty
     * where no such word stands right before it.
     */
    Optional<Tense> reportedRightAfter(String text, int start, int end) {
        String before = clauseBefore(text, start).stripTrailing().toLowerCase(Locale.ROOT);
        String saying = markers.reportedOpener() != null && afterLast(markers.reportedOpener(), before).isBlank()
                ? before.substring(0, lastStart(markers.reportedOpener(), before)).stripTrailing() : before;
        if (markers.attribution().stream().noneMatch(word -> saying.endsWith(word) && (saying.length() == word.length()
                || !Character.isLetterOrDigit(saying.charAt(saying.length() - word.length() - 1))))) {
            return Optional.empty();
        }
        String after = withoutAttribution(clauseAfter(text, end));
        return Optional.of(tenseOf("", after, after));
    }

    /**
     * The tense that a verb spanning the day tells in its clause, the words {@code before} it from the comma or the
     * word that joins clauses and those {@code after} it to the next, {@link #DAY} standing for the day: "will be
     * formally signed on …", "hat … unterschrieben" (not "hat unterschrieben und will … reden", "hat für den …
     * angesetzt").
     */
    private Tense across(String before, String after) {
        String clause = before + " " + DAY + " " + after;
        boolean future = markers.futureAcross() != null && markers.futureAcross().matcher(clause).find();
        boolean past = markers.pastAcross() != null && !markers.looksAhead(before)
                && markers.pastAcross().matcher(clause).find();
        return future == past ? Tense.NONE : future ? Tense.FUTURE : Tense.PAST;
    }

    /**
     * The tense that {@code before} and {@code after} a date tell; a past form right before the date is its own time
     * ("announced on Monday that it will close", "a man accused on Friday of fraud will appear in court"), unless
     * {@code vetoing} has a future word: the clause before it for a weekday, the reported clause that holds the date
     * for a year, where an error costs more ("tickets purchased on 20 January will be refunded").
     */
    private Tense tenseOf(String before, String after, String vetoing) {
        String lowerVetoing = vetoing.toLowerCase(Locale.ROOT);
        if (markers.pastBefore() != null && markers.pastBefore().matcher(before).find()
                && markers.future().stream().noneMatch(word -> holds(lowerVetoing, word))) {
            return Tense.PAST;
        }
        if (markers.futureBefore() != null && markers.futureBefore().matcher(before).find()) {
            return Tense.FUTURE;
        }
        String clause = (before + " " + after).toLowerCase(Locale.ROOT);
        String reported = markers.reported(before, after);
        boolean future = markers.future().stream().anyMatch(word -> holds(clause, word))
                || markers.futureForms() != null && markers.futureForms().matcher(reported).find();
        boolean past = !markers.looksAhead(before) && (markers.past().stream().anyMatch(word -> holds(clause, word))
                || !future && markers.pastForms() != null && markers.pastForms().matcher(reported).find());
        return future == past ? Tense.NONE : future ? Tense.FUTURE : Tense.PAST;
    }

    /** {@code before} after its last comma, or all of it. */
    private static String sinceComma(String before) {
        return before.substring(before.lastIndexOf(',') + 1);
    }

    /** The words of {@code text} as spaces part them. */
    private static String[] spaced(String text) {
        return text.isBlank() ? new String[0] : SPACES.split(text.strip());
    }

    private static String[] firstWords(String text, int count) {
        String[] words = spaced(text);
        return Arrays.copyOf(words, Math.min(count, words.length));
    }

    /** The text from the clause end before {@code start} to it, no more than {@link #CLAUSE_REACH} chars. */
    private static String clauseBefore(String text, int start) {
        int from = start;
        while (from > 0 && start - from < CLAUSE_REACH && !endsClause(text, from - 1)) {
            from--;
        }
        return text.substring(from, start);
    }

    /**
     * {@code after} up to a comma that a short attribution follows to the clause end ("…, officials said"), or all of
     * it.
     */
    private String withoutAttribution(String after) {
        for (int comma = after.indexOf(','); comma >= 0; comma = after.indexOf(',', comma + 1)) {
            String rest = after.substring(comma + 1).toLowerCase(Locale.ROOT);
            if (rest.isBlank() || spaced(rest).length > ATTRIBUTION_WORDS) {
                continue;
            }
            if (markers.attribution().stream().anyMatch(word -> holds(rest, word))) {
                return after.substring(0, comma);
            }
        }
        return after;
    }

    /** The text from {@code end} to the clause end after it, no more than {@link #CLAUSE_REACH} chars. */
    private static String clauseAfter(String text, int end) {
        int to = end;
        while (to < text.length() && to - end < CLAUSE_REACH && !endsClause(text, to)) {
            to++;
        }
        return text.substring(end, to);
    }

    /**
     * Whether the char at {@code at} ends a clause: not the dot of a one-letter abbreviation ("a.m.", "U.S.") unless a
     * capitalised word other than a time zone follows it ("at 4 p.m. Trading resumes", not "at 4 p.m. ET on Monday"),
     * nor a dot between digits ("40.000 Haushalte").
     */
    private static boolean endsClause(String text, int at) {
        return CLAUSE_ENDS.indexOf(text.charAt(at)) >= 0 && !betweenDigits(text, at)
                && !(text.charAt(at) == '.' && at >= 2 && Character.isLetter(text.charAt(at - 1))
                && (text.charAt(at - 2) == '.' || Character.isWhitespace(text.charAt(at - 2)))
                && !SENTENCE_AFTER.matcher(text).region(at + 1, text.length()).lookingAt());
    }

    private static boolean betweenDigits(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
                && Character.isDigit(text.charAt(at + 1));
    }

    /**
     * Whether {@code clause} has {@code marker} as words of its own (anywhere in a language without spaces; a marker
     * that opens with an apostrophe, "'ll", right after its word).
     */
    private boolean holds(String clause, String marker) {
        for (int at = clause.indexOf(marker); at >= 0; at = clause.indexOf(marker, at + 1)) {
            int end = at + marker.length();
            if (unspaced || (at == 0 || !Character.isLetterOrDigit(marker.charAt(0))
                    || !Character.isLetterOrDigit(clause.charAt(at - 1)))
                    && (end == clause.length() || !Character.isLetterOrDigit(clause.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of each tense, the patterns of past and future verb forms (null where the language has none), the
     * words that open a reported clause, those right before a day that point ahead to it, the past verb forms that
     * tell the past only right before the day (null: none), the words of an attribution after the day, the patterns
     * of a future and a past verb that span the day (null: none), the words that join two clauses (null: none), the
     * pattern of a past verb after the subject of a clause that the day opens (null: none), the words that open a
     * relative clause (null: none) and the future verb forms that look ahead only right before the day (null: none).
     */
    private record Markers(List<String> future, List<String> past, Pattern pastForms, Pattern futureForms,
                           Pattern reportedOpener, Pattern aheadBefore, Pattern pastBefore, List<String> attribution,
                           Pattern futureAcross, Pattern pastAcross, Pattern joiner, Pattern pastAfterSubject,
                           Pattern relativeOpener, Pattern futureBefore) {

        /**
         * The words {@code after} a day up to the comma that closes the relative clause holding it between commas,
         * from the comma and relative word in {@code before} ("The festival, which opens on …, was founded in
         * 1946"): that clause has a tense of its own, and the verb after it is another's; empty where the day is in
         * no such clause. A word of them before a capitalised word is an article before its noun, as in German
         * reported speech ("Er sagte, die Regierung habe am Freitag entschieden, …").
         */
        Optional<String> relativeAside(String before, String after) {
            int comma = before.lastIndexOf(',');
            int closing = after.indexOf(',');
            if (relativeOpener == null || comma < 0 || closing < 0) {
                return Optional.empty();
            }
            String clause = before.substring(comma + 1).stripLeading();
            Matcher opener = relativeOpener.matcher(clause);
            if (!opener.lookingAt()
                    || CAPITALISED_NEXT.matcher(clause).region(opener.end(), clause.length()).lookingAt()) {
                return Optional.empty();
            }
            return Optional.of(after.substring(0, closing));
        }

        /** Whether the words {@code opened} after a day that opens its clause tell the past by its verb. */
        boolean pastAfterSubject(String opened) {
            return pastAfterSubject != null && pastAfterSubject.matcher(opened).find();
        }

        /**
         * Whether {@code before} ends with a word that points ahead to the day ("postponed to", "aplazó al"); a word
         * for "until" or "by" that opens the clause, or a part of it after a word that joins clauses, leaves the
         * tense to the verb ("By Thursday, the homes were without power"), as a word for "for" does not ("На субботу
         * был назначен матч", the match was set for Saturday).
         */
        boolean looksAhead(String before) {
            Matcher ahead = aheadBefore == null ? null : aheadBefore.matcher(before);
            return ahead != null && ahead.find() && (!UNTIL.matcher(ahead.group()).lookingAt()
                    || !afterLast(joiner, before.substring(0, ahead.start())).isBlank());
        }

        /** The reported clause around the day: from the last opener in {@code before} to the first in {@code after}. */
        String reported(String before, String after) {
            return afterLast(reportedOpener, before) + " " + beforeFirst(reportedOpener, after);
        }
    }

    /** {@code text} after the last match of {@code words}, or all of it (also where {@code words} is null). */
    private static String afterLast(Pattern words, String text) {
        if (words == null) {
            return text;
        }
        Matcher word = words.matcher(text);
        int from = 0;
        while (word.find()) {
            from = word.end();
        }
        return text.substring(from);
    }

    /** Where the last match of {@code words} in {@code text} starts, or its length where there is none. */
    private static int lastStart(Pattern words, String text) {
        Matcher word = words.matcher(text);
        int start = text.length();
        while (word.find()) {
            start = word.start();
        }
        return start;
    }

    /** {@code text} before the first match of {@code words}, or all of it (also where {@code words} is null). */
    private static String beforeFirst(Pattern words, String text) {
        if (words == null) {
            return text;
        }
        Matcher word = words.matcher(text);
        return word.find() ? text.substring(0, word.start()) : text;
    }

    private static Map<String, Markers> markers() {
        Map<String, Markers> markers = new HashMap<>();
        for (String line : DataFiles.lines(ClauseTense.class, "tense-markers.tsv")) {
            String[] columns = line.split("\t", -1);
            markers.put(columns[0], new Markers(words(columns[1]), words(column(columns, 2)),
                    pattern(column(columns, 3)), pattern(column(columns, 4)), wholeWords(words(column(columns, 5)), ""),
                    wholeWords(words(column(columns, 6)), "\\s*\\z"), before(column(columns, 7)),
                    words(column(columns, 8)), pattern(column(columns, 9)), pattern(column(columns, 10)),
                    wholeWords(words(column(columns, 11)), ""), pattern(column(columns, 12)),
                    wholeWords(words(column(columns, 13)), ""), before(column(columns, 14))));
        }
        return markers;
    }

    /** A pattern of what ends right before the day, or null for a blank column. */
    private static Pattern before(String column) {
        return column.isBlank() ? null : Pattern.compile("(?U)(?:" + column.strip() + ")\\s*\\z");
    }

    private static String column(String[] columns, int index) {
        return columns.length > index ? columns[index] : "";
    }

    private static Pattern pattern(String column) {
        return column.isBlank() ? null : Pattern.compile("(?U)" + column.strip());
    }

    /**
     * The words as whole words, case aside, followed by {@code after}; one that ends with an apostrophe runs into the
     * next ("qu'il").
     */
    private static Pattern wholeWords(List<String> words, String after) {
        return words.isEmpty() ? null : Pattern.compile(words.stream()
                .map(word -> Pattern.quote(word) + (word.endsWith("'") ? "" : "(?!\\p{L})"))
                .collect(Collectors.joining("|", "(?iU)(?<!\\p{L})(?:", ")" + after)));
    }

    private static List<String> words(String column) {
        return column.isBlank() ? List.of() : List.of(column.strip().split("\\|"));
    }
}
