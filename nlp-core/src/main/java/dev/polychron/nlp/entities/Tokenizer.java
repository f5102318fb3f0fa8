package dev.polychron.nlp.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one pass without regular expressions. Words glued to an acronym
 * ("NATOLiên") are split, French and Italian elisions ("l'Union") and English possessives ("Russia's") are tokens
 * of their own, and dotted abbreviations ("U.S.", "H.W.") stay one token.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int length = text.length();
        int gap = Token.LINE;
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF') {
                gap = Math.max(gap, cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029' ? Token.LINE
                        : gap == Token.ADJACENT && cp == ' ' ? Token.SPACE : Token.WIDE);
                i += size;
                continue;
            }
            if (isLetter(cp)) {
                i = word(text, i, gap, tokens);
            } else if (Character.isDigit(cp)) {
                int end = i + size;
                while (end < length && (Character.isDigit(text.charAt(end))
                        || ((text.charAt(end) == '.' || text.charAt(end) == ',') && end + 1 < length
                        && Character.isDigit(text.charAt(end + 1))))) {
                    end++;
                }
                tokens.add(new Token(i, end, Token.Kind.NUMBER, gap));
                i = end;
            } else if (isDash(cp)) {
                tokens.add(new Token(i, i + size, Token.Kind.DASH, gap));
                i += size;
            } else {
                tokens.add(new Token(i, i + size, Token.Kind.PUNCTUATION, gap));
                i += size;
            }
            gap = Token.ADJACENT;
        }
        return tokens;
    }

    private static int word(String text, int start, int gap, List<Token> tokens) {
        int length = text.length();
        int abbreviation = abbreviationEnd(text, start);
        if (abbreviation > 0) {
            tokens.add(new Token(start, abbreviation, Token.Kind.ABBREVIATION, gap));
            return abbreviation;
        }
        int i = start;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isLetter(cp) || Character.isDigit(cp)) {
                i += Character.charCount(cp);
            } else if (isApostrophe(cp) && i + 1 < length && isLetter(text.codePointAt(i + 1))) {
                if (isElision(text, start, i)) {
                    tokens.add(new Token(start, i + 1, Token.Kind.ELISION, gap));
                    return i + 1;
                }
                if (isPossessive(text, i)) {
                    addWord(text, start, i, gap, tokens);
                    tokens.add(new Token(i, i + 2, Token.Kind.POSSESSIVE, Token.ADJACENT));
                    return i + 2;
                }
                i++;
            } else {
                break;
            }
        }
        addWord(text, start, i, gap, tokens);
        return i;
    }

    /** Adds a word, splitting an acronym glued to a following capitalised word ("NATOLiên" = "NATO" + "Liên"). */
    private static void addWord(String text, int start, int end, int gap, List<Token> tokens) {
        int capitals = 0;
        int i = start;
        while (i < end && Character.isUpperCase(text.codePointAt(i))) {
            capitals++;
            i += Character.charCount(text.codePointAt(i));
        }
        if (capitals >= 3 && i < end && Character.isLowerCase(text.codePointAt(i))) {
            int split = text.offsetByCodePoints(i, -1);
            tokens.add(new Token(start, split, Token.Kind.WORD, gap));
            tokens.add(new Token(split, end, Token.Kind.WORD, Token.ADJACENT));
            return;
        }
        tokens.add(new Token(start, end, Token.Kind.WORD, gap));
    }

    /** "U.S.", "H.W.", "U.S.S.R.": single capitals each followed by a dot, at least two of them. */
    private static int abbreviationEnd(String text, int start) {
        int i = start;
        int letters = 0;
        while (i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2))
                || Character.isUpperCase(text.charAt(i + 2)))) {
            letters++;
            i += 2;
            if (i < text.length() && !(Character.isUpperCase(text.charAt(i)) && i + 1 < text.length()
                    && text.charAt(i + 1) == '.')) {
                break;
            }
        }
        return letters >= 2 ? i : -1;
    }

    private static boolean isElision(String text, int start, int apostrophe) {
        int letters = apostrophe - start;
        if (letters == 1) {
            return "lLdDjJnNsScCmMtT".indexOf(text.charAt(start)) >= 0;
        }
        if (letters == 2) {
            String two = text.substring(start, apostrophe).toLowerCase(java.util.Locale.ROOT);
            return two.equals("qu");
        }
        return false;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        return apostrophe + 1 < text.length()
                && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
                && (apostrophe + 2 >= text.length() || !Character.isLetter(text.charAt(apostrophe + 2)));
    }

    static boolean isLetter(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ';
    }

    static boolean isDash(int cp) {
        return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
    }
}
