package dev.polychron.support.rest;

/** Checks on the text users send: something readable in it, well-formed UTF-16, no NUL characters. */
public final class TextChecks {

    private TextChecks() {
    }

    /**
     * {@code text} itself when it is a usable document text.
     *
     * @throws ProblemException (400) naming {@code field} when it is null, has nothing readable (only spaces,
     *                          line breaks, invisible format characters), holds a NUL or a lone surrogate
     */
    public static String requireText(String field, String text) {
        if (text == null || !hasVisibleCharacter(text)) {
            throw ProblemException.badRequest("The " + field + " is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("The " + field
                    + " contains NUL characters; binary files are not documents");
        }
        requireWellFormed(field, text);
        return text;
    }

    /** Throws a 400 naming {@code field} when {@code value} has an unpaired UTF-16 surrogate. */
    public static void requireWellFormed(String field, String value) {
        int at = unpairedSurrogate(value);
        if (at >= 0) {
            throw ProblemException.badRequest("The " + field + " is not valid Unicode: a lone surrogate at "
                    + at);
        }
    }

    /** Whether {@code text} has a character other than white space, separators, controls and format marks. */
    public static boolean hasVisibleCharacter(CharSequence text) {
        return text.codePoints().anyMatch(c -> !invisible(c));
    }

    /** The index of the first unpaired surrogate, or -1 when every surrogate is half of a pair. */
    public static int unpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
    }
}
