package dev.polychron.nlp.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences with ICU's break rules for the text's language, also at line breaks. */
public final class SentenceSplitter {

    /** Sentence spans with surrounding white space trimmed; blank sentences are dropped. */
    public List<Span> split(String text, String language) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
        sentences.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            splitLines(text, start, end, spans);
        }
        return spans;
    }

    private static void splitLines(String text, int start, int end, List<Span> spans) {
        int lineStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                addTrimmed(text, lineStart, i, spans);
                lineStart = i + 1;
            }
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
