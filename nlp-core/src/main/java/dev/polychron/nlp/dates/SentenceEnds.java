package dev.polychron.nlp.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where sentences begin in a stretch of text, as the steps that carry a date from one sentence to the next read it. */
final class SentenceEnds {

    /**
     * A full stop, question or exclamation mark before a capital, or a Chinese or Japanese one. The capital may stand
     * right after the stretch read: a date that opens its sentence ("… trở lại. Cuối năm, …") ends one there.
     */
    private static final Pattern END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})|[。！？]");

    private SentenceEnds() {
    }

    /** How many sentences end in {@code [from, to)}. */
    static int count(String text, int from, int to) {
        Matcher end = END.matcher(text).region(from, to).useTransparentBounds(true);
        int count = 0;
        while (end.find()) {
            count++;
        }
        return count;
    }

    /** Where the last sentence that begins in {@code [from, to)} begins; -1 if none does. */
    static int lastStart(String text, int from, int to) {
        Matcher end = END.matcher(text).region(from, to).useTransparentBounds(true);
        int start = -1;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }
}
