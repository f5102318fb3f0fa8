package dev.polychron.nlp.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the parts of a text that are not its body: the reference or bibliography section (from its heading to the end),
 * reference-list and bibliography-entry lines, and web cruft lines such as share buttons. Offsets are kept: nothing is
 * removed.
 */
public final class ReferenceSections {

    private static final String RESOURCE = "reference-parts.tsv";
    private static final String ENGLISH = "en";

    private static final Pattern REFERENCE_MARK_LINE = Pattern.compile("^\\s*(\\^|↑|\\[\\d+\\]\\s|\\d+\\.\\s*\\^).*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Where a note's date stands in {@link #RESOURCE}: "#日閲覧" (the date before), "Retrieved #" (after). */
    private static final String DATE_PLACE = "#";
    /** Between a note and its date: "Erişim tarihi: 5 Mayıs 2020". */
    private static final String NOTE_TO_DATE = "\\s*[:：]?\\s*";
    /** What may stand between an access note's first digit and its date's last one: "2 de septiembre de 2019". */
    private static final String DATE = "\\p{Nd}(?:.{0,30}\\p{Nd})?(?:\\s*\\p{L}{1,4}\\.?)?";
    /**
     * The opening of a citation's date after its note: "5 May 2020", "5th May 2020", "5. Mai 2020", "2020. május 6",
     * "ngày 9 tháng 3 năm 2010", "May 5, 2020", "May 2020", "2020-05-05", "5.5.2020"; not a number alone ("Archived
     * 1969 footage").
     */
    private static final String CITED_DATE = "(?:(?:\\p{L}+\\s+)?\\p{Nd}{1,4}(?:st|nd|rd|th)?\\.?\\s+\\p{L}+\\.?"
            + "\\s+\\p{Nd}|\\p{L}+\\s+(?:\\p{Nd}{1,2},?\\s+)?\\p{Nd}{4}"
            + "|\\p{Nd}{1,4}[-./]\\p{Nd}{1,2}[-./]\\p{Nd}{1,4})";
    /** The end of a citation after its access date: punctuation, a language in parentheses ("(englisch)"). */
    private static final String CITATION_END = "[\\s\\p{P}]*(?:\\([^)]*\\)[\\s\\p{P}]*)?$";
    private static final int CITATION_LINE_CHARS = 160;
    /** A pattern that matches nowhere, for rows without access notes. */
    private static final String NONE = "(?!)";
    /**
     * The fewest chars of a body line before a heading, unless the line ends as a sentence does: a heading word atop a
     * page, before any sentence, is a section's label ("Kultura", "Literatura"), not the reference part's.
     */
    private static final int BODY_LINE_CHARS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]$");
    private static final Set<Character.UnicodeScript> UNSPACED_SCRIPTS = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI);

    /** A bibliography entry: "Surname, Given ... (2002)" or "... Journal 51.2 (2018): 151-160". */
    private static final Pattern CITATION_LINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}.*(\\(\\d{4}\\)|\\d{4}\\)|:\\s*\\d+\\s*[-–]\\s*\\d+).*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Shapes of cruft lines that hold more than a fixed phrase; the fixed ones are in {@link #RESOURCE}. */
    private static final Pattern CRUFT_SHAPE_LINE = Pattern.compile(
            "^\\s*(share to:.*|share (on )?(facebook|twitter)\\b.*|"
                    // a news agency's notice and a wiki's footer: "Copyright 2018 The Associated Press. All rights…";
                    // "(c)" only with its rights, as a list's third item opens so too: "(c) 2015 budget"
                    + "(copyright\\s*)?(©|copyright)\\s*\\d{4}\\b.*|\\(c\\)\\s*\\d{4}\\b.*\\brights reserved\\b.*|"
                    + "(this page was )?last (edited|modified) on .*)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A wiki's edit link after a heading, or a trailing colon: "References[edit]", "Tham khảo[sửa | sửa mã nguồn]". */
    private static final Pattern HEADING_TAIL = Pattern.compile("\\s*(\\[[^\\]\\d]{1,40}]|[:：])$");

    private static final List<String[]> ROWS = DataFiles.lines(ReferenceSections.class, RESOURCE).stream()
            .map(line -> line.split("\t"))
            .toList();
    private static final String[] ENGLISH_ROW = ROWS.stream()
            .filter(row -> languages(row).contains(ENGLISH))
            .findFirst()
            .orElseThrow();
    private static final Markers ENGLISH_MARKERS = Markers.of(ENGLISH_ROW);
    private static final Map<String, Markers> MARKERS = markersByLanguage();
    private static final Set<String> CRUFT_LINES = ROWS.stream()
            .flatMap(row -> folded(row, 4).stream())
            .collect(Collectors.toUnmodifiableSet());

    /** The non-body spans of {@code text}, written in {@code language} (a BCP 47 tag), in order. */
    public List<Span> find(String text, String language) {
        Markers markers = MARKERS.getOrDefault(Locale.forLanguageTag(language).getLanguage(), ENGLISH_MARKERS);
        List<Span> spans = new ArrayList<>();
        boolean bodyBefore = false;
        for (int start = 0, end; start < text.length(); start = end) {
            int newline = text.indexOf('\n', start);
            end = newline < 0 ? text.length() : newline + 1;
            String content = text.substring(start, end).strip();
            if (bodyBefore && markers.isHeading(content)) {
                spans.add(new Span(start, text.length()));
                break;
            }
            if (REFERENCE_MARK_LINE.matcher(content).matches() || markers.isCitation(content)
                    || CITATION_LINE.matcher(content).matches() || isCruft(content)) {
                spans.add(new Span(start, end));
            } else {
                bodyBefore |= content.length() >= BODY_LINE_CHARS || SENTENCE_END.matcher(content).find();
            }
        }
        return spans;
    }

    private static boolean isCruft(String line) {
        return CRUFT_LINES.contains(TextFolding.fold(line)) || CRUFT_SHAPE_LINE.matcher(line).matches();
    }

    private static Map<String, Markers> markersByLanguage() {
        Map<String, Markers> markers = new HashMap<>();
        for (String[] row : ROWS) {
            Markers withEnglish = row == ENGLISH_ROW ? ENGLISH_MARKERS : Markers.of(row, ENGLISH_ROW);
            languages(row).forEach(language -> markers.put(language, withEnglish));
        }
        return markers;
    }

    private static List<String> languages(String[] row) {
        return List.of(row[0].split("\\|"));
    }

    private static List<String> words(String[] row, int column) {
        return row.length > column && !row[column].equals("-") ? List.of(row[column].split("\\|")) : List.of();
    }

    private static List<String> folded(String[] row, int column) {
        return words(row, column).stream().map(TextFolding::fold).toList();
    }

    /** The headings, citation notes and access notes of one language's text. */
    private record Markers(Set<String> headings, List<String> citationNotes, Pattern citationNote,
                           Pattern accessNote) {

        static Markers of(String[]... rows) {
            List<String> citationNotes = Stream.of(rows).flatMap(row -> words(row, 2).stream()).toList();
            String accessNotes = Stream.of(rows)
                    .flatMap(row -> folded(row, 3).stream())
                    .map(note -> note.startsWith(DATE_PLACE)
                            ? "\\p{Nd}\\s*" + Pattern.quote(note.substring(DATE_PLACE.length()))
                            : wordEdge(note.charAt(0), "(?<!") + Pattern.quote(note) + NOTE_TO_DATE + DATE)
                    .collect(Collectors.joining("|"));
            return new Markers(
                    Stream.of(rows).flatMap(row -> folded(row, 1).stream()).collect(Collectors.toUnmodifiableSet()),
                    citationNotes.stream().map(Markers::withoutDatePlace).toList(),
                    Pattern.compile(citationNotes.stream().map(Markers::citationNote).collect(Collectors.joining("|")),
                            Pattern.UNICODE_CHARACTER_CLASS),
                    Pattern.compile("(?:" + (accessNotes.isEmpty() ? NONE : accessNotes) + ")" + CITATION_END,
                            Pattern.UNICODE_CHARACTER_CLASS));
        }

        /**
         * A citation note's pattern, as a word; one written before a date's place holds only before a date, as it is
         * an everyday word too: "Retrieved 5 May 2020", not "Retrieved from the wreck in 1985, the bell…".
         */
        private static String citationNote(String note) {
            String words = withoutDatePlace(note);
            String start = wordEdge(words.charAt(0), "(?<!") + Pattern.quote(words);
            return words.equals(note)
                    ? start + wordEdge(words.charAt(words.length() - 1), "(?!")
                    : start + NOTE_TO_DATE + CITED_DATE;
        }

        private static String withoutDatePlace(String note) {
            return note.endsWith(DATE_PLACE) ? note.substring(0, note.length() - DATE_PLACE.length()).strip() : note;
        }

        /**
         * A lookaround ({@code look}) that keeps a note's edge {@code c} off a letter or digit, where words have
         * spaces between them: none in Chinese, Japanese or Thai ("2019年5月6日時点のオリジナルよりアーカイブ").
         */
        private static String wordEdge(char c, String look) {
            return UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(c)) ? "" : look + "[\\p{L}\\p{N}])";
        }

        boolean isHeading(String line) {
            return headings.contains(TextFolding.fold(HEADING_TAIL.matcher(line).replaceAll("")));
        }

        /** Whether {@code line} holds a citation's note, as "Retrieved 5 May 2020" or "URL consultato il 7 aprile". */
        boolean isCitation(String line) {
            return citationNotes.stream().anyMatch(line::contains) && citationNote.matcher(line).find()
                    || line.length() <= CITATION_LINE_CHARS && accessNote.matcher(TextFolding.fold(line)).find();
        }
    }
}
