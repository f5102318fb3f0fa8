package dev.polychron.nlp.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lookup keys of tokens: lower case (NFC), Greek accents and final sigma folded, apostrophes and dashes unified.
 * Latin diacritics stay, because in Vietnamese they tell words apart ("Nga" is Russia, "ngà" is ivory); the
 * {@link #folded} key drops every diacritic for the second, looser index.
 */
final class Keys {

    static final String SEPARATOR = " ";

    private Keys() {
    }

    static String of(String text, Token token) {
        switch (token.kind()) {
            case DASH:
                return "-";
            case POSSESSIVE:
                return "'s";
            case ELISION:
                return lower(text.substring(token.start(), token.end() - 1)) + "'";
            case NUMBER:
            case PUNCTUATION:
                return text.substring(token.start(), token.end());
            default:
                return lower(text.substring(token.start(), token.end()));
        }
    }

    /** The lookup key of one word. */
    static String lower(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String nfc = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word
                : Normalizer.normalize(word, Normalizer.Form.NFC);
        String lower = nfc.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char mapped = foldGreekOrPunctuation(c);
            if (mapped != c && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? lower : out.toString();
    }

    /** The key without any diacritic ("wörner" and "worner" meet; "ё" is "е"). */
    static String folded(String key) {
        boolean ascii = true;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return key;
        }
        String decomposed = Normalizer.normalize(key, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ' -> out.append('d');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static char foldGreekOrPunctuation(char c) {
        return switch (c) {
            case 'ά' -> 'α';
            case 'έ' -> 'ε';
            case 'ή' -> 'η';
            case 'ί', 'ϊ', 'ΐ' -> 'ι';
            case 'ό' -> 'ο';
            case 'ύ', 'ϋ', 'ΰ' -> 'υ';
            case 'ώ' -> 'ω';
            case 'ς' -> 'σ';
            case '’', 'ʼ', '`', '´' -> '\'';
            default -> c;
        };
    }
}
