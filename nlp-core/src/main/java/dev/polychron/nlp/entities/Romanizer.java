package dev.polychron.nlp.entities;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * Writes a word in lower-case Latin letters. Greek and Cyrillic have hand-written tables that follow how names are
 * usually spelt in Latin rather than letter-for-letter transliteration ("Σεργκέι" gives "sergei", not ICU's
 * "sernkei": "γκ" is g, "μπ" b, "ντ" d, "ου" u); every other script goes through ICU's Any-Latin, one transliterator
 * per thread.
 */
final class Romanizer {

    private static final ThreadLocal<Transliterator> ANY_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Romanizer() {
    }

    static String toLatin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean latin = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                    || !Character.isLetter(c)) {
                continue;
            }
            latin = false;
            if (isGreek(c)) {
                return greek(lower);
            }
            if (c >= 0x400 && c <= 0x52F) {
                return cyrillic(lower);
            }
        }
        return latin ? Keys.folded(lower) : ANY_LATIN.get().transliterate(lower);
    }

    private static boolean isGreek(char c) {
        return (c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF);
    }

    private static String greek(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char nextBase = base(next);
            char b = base(c);
            boolean accented = c != b;
            if (b == 'μ' && nextBase == 'π') {
                out.append('b');
                i++;
            } else if (b == 'ν' && nextBase == 'τ') {
                out.append('d');
                i++;
            } else if (b == 'γ' && (nextBase == 'κ' || nextBase == 'γ')) {
                out.append(nextBase == 'γ' ? "ng" : "g");
                i++;
            } else if (b == 'γ' && (nextBase == 'ξ' || nextBase == 'χ')) {
                out.append('n');
            } else if (b == 'τ' && nextBase == 'σ') {
                out.append("ts");
                i++;
            } else if (b == 'τ' && nextBase == 'ζ') {
                out.append("dz");
                i++;
            } else if (b == 'γ' && nextBase == 'ι' && i + 2 < n && isGreekVowel(base(s.charAt(i + 2)))) {
                out.append('y');
                i++;
            } else if (!accented && (b == 'ο') && nextBase == 'υ' && next != 'ϋ' && next != 'ΰ') {
                out.append('u');
                i++;
            } else if (!accented && (b == 'α' || b == 'ε' || b == 'ο') && (next == 'ι' || next == 'ί')) {
                out.append(b == 'α' ? 'e' : 'i');
                i++;
            } else if (!accented && (b == 'α' || b == 'ε') && nextBase == 'υ' && next != 'ϋ') {
                out.append(b == 'α' ? "av" : "ev");
                i++;
            } else {
                out.append(single(b));
            }
        }
        return out.toString();
    }

    private static boolean isGreekVowel(char b) {
        return "αεηιουω".indexOf(b) >= 0;
    }

    private static char base(char c) {
        return switch (c) {
            case 'ά' -> 'α';
            case 'έ' -> 'ε';
            case 'ή' -> 'η';
            case 'ί', 'ϊ', 'ΐ' -> 'ι';
            case 'ό' -> 'ο';
            case 'ύ', 'ϋ', 'ΰ' -> 'υ';
            case 'ώ' -> 'ω';
            case 'ς' -> 'σ';
            default -> c;
        };
    }

    private static String single(char b) {
        return switch (b) {
            case 'α' -> "a";
            case 'β' -> "v";
            case 'γ' -> "g";
            case 'δ' -> "d";
            case 'ε' -> "e";
            case 'ζ' -> "z";
            case 'η', 'ι', 'υ' -> "i";
            case 'θ' -> "th";
            case 'κ' -> "k";
            case 'λ' -> "l";
            case 'μ' -> "m";
            case 'ν' -> "n";
            case 'ξ' -> "ks";
            case 'ο', 'ω' -> "o";
            case 'π' -> "p";
            case 'ρ' -> "r";
            case 'σ' -> "s";
            case 'τ' -> "t";
            case 'φ' -> "f";
            case 'χ' -> "h";
            case 'ψ' -> "ps";
            default -> Character.isLetter(b) ? Keys.folded(String.valueOf(b)) : "";
        };
    }

    private static String cyrillic(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean afterVowel = i == 0 || "аеёиоуыэюяіїєъь".indexOf(s.charAt(i - 1)) >= 0;
            out.append(switch (c) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г', 'ґ' -> "g";
                case 'д' -> "d";
                case 'е', 'ё' -> afterVowel ? "ye" : "e";
                case 'є' -> "ye";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и', 'і' -> "i";
                case 'ї' -> "yi";
                case 'й' -> "y";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у', 'ў' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ъ', 'ь' -> "";
                case 'ы' -> "y";
                case 'э' -> "e";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                case 'ђ' -> "dj";
                case 'ј' -> "j";
                case 'љ' -> "lj";
                case 'њ' -> "nj";
                case 'ћ' -> "c";
                case 'џ' -> "dz";
                default -> Character.isLetter(c) ? Keys.folded(String.valueOf(c)) : "";
            });
        }
        return out.toString();
    }
}
