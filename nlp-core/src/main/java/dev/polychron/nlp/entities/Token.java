package dev.polychron.nlp.entities;

/**
 * One token of a text: a word, a number, a dash, an elided article ("l'"), a possessive ("'s"), an abbreviation
 * with dots ("U.S.") or another punctuation character; offsets are UTF-16 and end-exclusive.
 */
record Token(int start, int end, Kind kind, int gapBefore) {

    /** What a token is. */
    enum Kind { WORD, ABBREVIATION, NUMBER, DASH, ELISION, POSSESSIVE, PUNCTUATION }

    /** No white space before the token. */
    static final int ADJACENT = 0;
    /** One plain space before the token. */
    static final int SPACE = 1;
    /** Other white space on the same line before the token. */
    static final int WIDE = 2;
    /** A line break before the token. */
    static final int LINE = 3;

    boolean isWord() {
        return kind == Kind.WORD || kind == Kind.ABBREVIATION;
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
