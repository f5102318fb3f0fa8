package dev.polychron.nlp.language;

/**
 * A bounded sample of a text made of equal windows spread evenly from its beginning to its end, so that a long
 * text's language is told from all of it for a fixed cost, even when it opens with a header in another language.
 */
final class SpreadSample {

    private SpreadSample() {
    }

    /** The whole {@code text} when it is at most {@code windows × windowChars} chars, else its windows. */
    static String of(String text, int windows, int windowChars) {
        if (text.length() <= windows * windowChars) {
            return text;
        }
        StringBuilder sample = new StringBuilder(windows * (windowChars + 1));
        int last = text.length() - windowChars;
        for (int w = 0; w < windows; w++) {
            int start = windows == 1 ? 0 : (int) ((long) last * w / (windows - 1));
            int end = start + windowChars;
            sample.append(text, Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start,
                    Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end).append(' ');
        }
        return sample.toString();
    }
}
