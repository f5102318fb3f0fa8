package dev.polychron.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a text's body (references and web cruft left out) over three-word shingles of folded words:
 * the same article with different boilerplate differs in a few bits, different articles in about half of them.
 */
public final class BodyFingerprint {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private BodyFingerprint() {
    }

    public static long of(String text, SpanSet nonBody) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(TextFolding.fold(text));
        while (matcher.find()) {
            int at = matcher.start();
            if (!nonBody.contains(at)) {
                words.add(matcher.group());
            }
        }
        int[] votes = new int[Long.SIZE];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long hash = shingleHash(words, i);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
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
