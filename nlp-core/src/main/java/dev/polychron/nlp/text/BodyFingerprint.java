package dev.polychron.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A 64-bit SimHash of a text's body (references and web cruft left out) over three-word shingles of folded words:
 * the same article with different boilerplate differs in a few bits, different articles in about half of them.
 */
public final class BodyFingerprint {

    /** The general categories of letters and numbers, {@code [\p{L}\p{N}]}, that words are runs of. */
    private static final int WORD_CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private BodyFingerprint() {
    }

    public static long of(String text, SpanSet nonBody) {
        List<String> words = new ArrayList<>();
        String folded = TextFolding.fold(text);
        int at = 0;
        while (at < folded.length()) {
            int start = at;
            int codePoint;
            while (at < folded.length() && isWordChar(codePoint = folded.codePointAt(at))) {
                at += Character.charCount(codePoint);
            }
            if (at > start) {
                if (!nonBody.contains(start)) {
                    words.add(folded.substring(start, at));
                }
            } else {
                at += Character.charCount(folded.codePointAt(at));
            }
        }
        // how many shingles set each bit, added up in bit-sliced counters: a shingle's hash is added to all 64 counts
        // at once, carrying into the next plane, instead of one count at a time
        long[] planes = new long[Integer.SIZE];
        int shingles = 0;
        for (int i = 0; i + SHINGLE <= words.size(); i++, shingles++) {
            long carry = shingleHash(words, i);
            for (int plane = 0; carry != 0; plane++) {
                long sum = planes[plane] ^ carry;
                carry &= planes[plane];
                planes[plane] = sum;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (2L * count(planes, bit) > shingles) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** How many of the hashes added to the bit-sliced counters {@code planes} have bit {@code bit} set. */
    private static long count(long[] planes, int bit) {
        long count = 0;
        for (int plane = 0; plane < planes.length; plane++) {
            count |= (planes[plane] >>> bit & 1) << plane;
        }
        return count;
    }

    private static boolean isWordChar(int codePoint) {
        return (WORD_CATEGORIES >> Character.getType(codePoint) & 1) != 0;
    }

    /** How many bits two fingerprints differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * FNV-1a of the shingle's words joined by spaces (without joining them), then a SplitMix64 finish so that every
     * output bit depends on every input char.
     */
    private static long shingleHash(List<String> words, int first) {
        long hash = FNV_OFFSET;
        for (int w = first; w < first + SHINGLE; w++) {
            if (w > first) {
                hash = (hash ^ ' ') * FNV_PRIME;
            }
            String word = words.get(w);
            for (int i = 0; i < word.length(); i++) {
                hash = (hash ^ word.charAt(i)) * FNV_PRIME;
            }
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
