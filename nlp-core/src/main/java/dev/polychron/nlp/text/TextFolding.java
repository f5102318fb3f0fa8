package dev.polychron.nlp.text;

import java.text.Normalizer;

/**
 * Folds text for matching: lower case and without diacritics, one output char per input char, so that offsets
 * found in the folded text are offsets in the original ("Απριλίου" and "απριλιου", "Tháng" and "thang"); full-width
 * digits and those of other scripts become ASCII ones ("２００９年", Hindi "२०१८", Arabic "٢٠١٤", Persian "۱۹۴۵"), the
 * other full-width forms of ASCII their ASCII char ("２０２１／３／２５", "（火）"), and the apostrophes of other fonts
 * and scripts the ASCII one ("aujourd’hui" as CLDR writes it and "aujourd'hui" as people type it). Letters that
 * decompose into other letters (Hangul syllables) stay as they are. The Arabic teh marbuta becomes the heh that
 * everyday writing often puts in its place ("الجمعة", "الجمعه"); not alef maksura the yeh it stands for in the same
 * way, as that would make "الي" (which, in Egyptian and Levantine speech) "إلى" (to).
 */
public final class TextFolding {

    /**
     * Right single quotation mark, modifier apostrophe, modifier turned comma, Armenian apostrophe; and the marks
     * that stand in for one in typed text: modifier prime, prime, reversed prime, saltillo, full-width apostrophe.
     */
    private static final String APOSTROPHES = "\u2019\u02BC\u02BB\u055A\u02B9\u2032\u2035\uA78C\uFF07";
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';
    /** Chinese and Japanese clause punctuation, never inside a number as the ASCII comma and colon may be ("1,000"). */
    private static final String CLAUSE_MARKS = "\uFF0C\uFF1A";
    /** Each char folded, filled in on first use (0: not yet) as normalising one char at a time is slow. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private TextFolding() {
    }

    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    private static char fold(char c) {
        char folded = FOLDED[c];
        if (folded == 0) {
            folded = computeFold(c);
            FOLDED[c] = folded;
        }
        return folded;
    }

    private static char computeFold(char c) {
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST && CLAUSE_MARKS.indexOf(c) < 0) {
            return Character.toLowerCase((char) (c - FULL_WIDTH_OFFSET));
        }
        if (c == TEH_MARBUTA) {
            return HEH;
        }
        if (APOSTROPHES.indexOf(c) >= 0) {
            return '\'';
        }
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || Character.isSurrogate(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        for (int i = 1; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                return lower;
            }
        }
        return decomposed.charAt(0);
    }
}
