package dev.polychron.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the parts of a text that are not its body: the reference or bibliography section (from its heading to the end),
 * reference-list and bibliography-entry lines, and web cruft lines such as share buttons. Offsets are kept: nothing is
 * removed.
 */
public final class ReferenceSections {

    /** Headings that open a reference section, lower-cased, in the languages we have seen. */
    private static final Set<String> HEADINGS = Set.of(
            "references", "notes", "notes and references", "sources", "bibliography", "further reading",
            "external links", "citations", "footnotes", "works cited", "see also",
            "tham khảo", "chú thích", "liên kết ngoài", "đọc thêm", "nguồn", "tài liệu tham khảo",
            "παραπομπές", "βιβλιογραφία", "σημειώσεις", "πηγές", "εξωτερικοί σύνδεσμοι",
            "einzelnachweise", "literatur", "weblinks", "anmerkungen", "quellen",
            "références", "notes et références", "bibliographie", "liens externes",
            "referencias", "bibliografía", "enlaces externos", "notas",
            "referências", "bibliografia", "ligações externas",
            "примечания", "литература", "ссылки", "источники");

    private static final Pattern REFERENCE_MARK_LINE = Pattern.compile("^\\s*(\\^|↑|\\[\\d+\\]\\s|\\d+\\.\\s*\\^).*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Words of access notes; a line without one cannot match {@link #ACCESS_NOTE_LINE}, so it is not tried. */
    private static final List<String> ACCESS_WORDS = List.of("Retrieved", "Truy cập", "Archived", "Ανακτήθηκε",
            "Abgerufen");
    private static final Pattern ACCESS_NOTE_LINE = Pattern.compile(
            ".*\\b(" + String.join("|", ACCESS_WORDS) + ")\\b.*", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * How citation templates write the access date in other languages, lower-cased, with the date's first digit: words
     * that, alone, are everyday words too ("abgerufen", drawn down; "consulté le lundi par l'AFP"). Only in a line as
     * short as a citation's, as news prose says "un document consulté le 3 mars par l'AFP" too.
     */
    private static final Pattern ACCESS_NOTE_PHRASE = Pattern.compile("(?U)\\b(?:abgerufen am|consulté le|consultado "
            + "(?:el|em)|consultato il|geraadpleegd op|дата обращения|erişim tarihi|truy cập "
            + "ngày)\\s*:?\\s*\\d");
    private static final int CITATION_LINE_CHARS = 160;

    /** A bibliography entry: "Surname, Given ... (2002)" or "... Journal 51.2 (2018): 151-160". */
    private static final Pattern CITATION_LINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'’-]+,\\s+\\p{Lu}.*(\\(\\d{4}\\)|\\d{4}\\)|:\\s*\\d+\\s*[-–]\\s*\\d+).*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern CRUFT_LINE = Pattern.compile(
            "^\\s*(share to:.*|share (on )?(facebook|twitter)\\b.*|print page|\\[edit]|\\[sửa]|"
                    + "kembali ke ?halaman sebelumnya|back to previous page|quay lại trang trước|"
                    // a news agency's notice and a wiki's footer: "Copyright 2018 The Associated Press. All rights…";
                    // "(c)" only with its rights, as a list's third item opens so too: "(c) 2015 budget"
                    + "(copyright\\s*)?(©|copyright)\\s*\\d{4}\\b.*|\\(c\\)\\s*\\d{4}\\b.*\\brights reserved\\b.*|"
                    + "(this page was )?last (edited|modified) on .*)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern EDIT_LINK = Pattern.compile("\\[(edit|sửa|sửa mã nguồn)]$");

    /** The non-body spans of {@code text}, in order. */
    public List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        for (int start = 0, end; start < text.length(); start = end) {
            int newline = text.indexOf('\n', start);
            end = newline < 0 ? text.length() : newline + 1;
            String content = text.substring(start, end).strip();
            if (isHeading(content)) {
                spans.add(new Span(start, text.length()));
                break;
            }
            if (isReferenceLine(content) || CITATION_LINE.matcher(content).matches()
                    || CRUFT_LINE.matcher(content).matches()) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static boolean isReferenceLine(String line) {
        return REFERENCE_MARK_LINE.matcher(line).matches()
                || ACCESS_WORDS.stream().anyMatch(line::contains) && ACCESS_NOTE_LINE.matcher(line).matches()
                || line.length() <= CITATION_LINE_CHARS
                        && ACCESS_NOTE_PHRASE.matcher(line.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isHeading(String line) {
        String normalised = EDIT_LINK.matcher(line).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return HEADINGS.contains(normalised);
    }
}
