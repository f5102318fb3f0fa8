package dev.polychron.nlp.entities;

import java.util.List;

/**
 * Spelling-independent keys of names, so that one person or place written in different languages and scripts
 * gets one key: "Sergey Lavrov", "Sergej Lawrow", "Sergueï Lavrov", "Σεργκέι Λαβρόφ" and "Сергей Лавров" all give
 * {@code sergei-lavrov}. The {@link #skeleton} drops vowels too, for matching against the curated person table
 * where vowels differ between transcriptions ("Gorbachev", "Gorbachov", "Γκορμπατσόφ").
 */
final class NameKey {

    private NameKey() {
    }

    /** The key of a name of one or more words. */
    static String of(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            String part = ofWord(word);
            if (part.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append('-');
            }
            key.append(part);
        }
        return key.toString();
    }

    /** The key of one word, in lower-case ASCII letters. */
    static String ofWord(String word) {
        String latin = Romanizer.toLatin(word);
        StringBuilder s = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                s.append(c);
            }
        }
        if (s.length() == 0) {
            return "";
        }
        String w = s.toString();
        w = w.replace("gue", "ge").replace("gui", "gi");
        w = w.replace("tsch", "C").replace("tch", "C").replace("sch", "s").replace("sh", "s")
                .replace("zh", "z").replace("dz", "z").replace("ch", "C").replace("ts", "C").replace("tz", "C")
                .replace("cz", "C").replace("kh", "h").replace("ph", "f").replace("th", "t").replace("ck", "k")
                .replace("qu", "k").replace("x", "ks").replace("w", "v");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else if ((c == 'y' || c == 'j' || (c == 'i' && next != 'v' && next != 'n')) && i == 0
                    && isVowel(next)) {
                continue;
            } else if (c == 'y' || c == 'j') {
                out.append('i');
            } else {
                out.append(c);
            }
        }
        w = out.toString().replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ae", "e")
                .replace("ng", "g").replace("nt", "d").replace("nd", "d").replace("mb", "b").replace("mp", "b");
        out.setLength(0);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char previous = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (c == 'h' && i > 0 && (!isVowel(previous) || !isVowel(next))) {
                continue;
            }
            if (c == previous) {
                continue;
            }
            out.append(c);
        }
        int last = out.length() - 1;
        if (last >= 3 && out.charAt(last) == 'e' && !isVowel(out.charAt(last - 1))) {
            out.setLength(last);
        } else if (last >= 2 && out.charAt(last) == 'f') {
            out.setCharAt(last, 'v');
        }
        return out.toString().replace("C", "ch");
    }

    /** The key without vowels after the first letter: "sergei-lavrov" gives "srg-lvrv". */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-') {
                out.append(c);
                wordStart = true;
                continue;
            }
            if (wordStart || !isVowel(c)) {
                out.append(c);
            }
            wordStart = false;
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
