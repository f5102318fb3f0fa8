package dev.polychron.nlp.language;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct n-grams of a text as the context generator of OpenNLP's {@link LanguageDetectorFactory} makes them:
 * its normalisers in its order, each code point lower-cased, then every run of one to three chars. They come in the
 * order of a hash set of them, which is the order OpenNLP sums their weights in, as the n-grams hash as its
 * {@code CharBuffer}s do and are added in its order; without its buffer, code point stream and three map lookups
 * for each n-gram, which were half the detection's cost.
 */
final class TextNgrams {

    static final int MAX_CHARS = 3;
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private TextNgrams() {
    }

    static Set<CharSequence> of(CharSequence text) {
        CharSequence normal = NORMALIZER.normalize(text);
        // as OpenNLP's StringUtil.toLowerCaseCharBuffer: a buffer of the text's length, read whole
        char[] lower = new char[normal.length()];
        int written = 0;
        for (int i = 0; i < normal.length(); ) {
            int codePoint = Character.codePointAt(normal, i);
            written += Character.toChars(Character.toLowerCase(codePoint), lower, written);
            i += Character.charCount(codePoint);
        }
        Set<CharSequence> distinct = new HashSet<>();
        for (int length = 1; length <= MAX_CHARS; length++) {
            for (int start = 0; start + length <= lower.length; start++) {
                distinct.add(new Ngram(lower, start, length));
            }
        }
        return distinct;
    }

    /** Chars of a text's lower-cased copy, equal and hashing as a {@code CharBuffer} of the same chars does. */
    private static final class Ngram implements CharSequence {

        private final char[] chars;
        private final int start;
        private final int length;
        private final int hash;

        Ngram(char[] chars, int start, int length) {
            this.chars = chars;
            this.start = start;
            this.length = length;
            int h = 1;
            for (int i = start + length - 1; i >= start; i--) {
                h = 31 * h + chars[i];
            }
            this.hash = h;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return chars[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().subSequence(from, to);
        }

        @Override
        public String toString() {
            return new String(chars, start, length);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ngram ngram && ngram.hash == hash
                    && Arrays.equals(chars, start, start + length,
                            ngram.chars, ngram.start, ngram.start + ngram.length);
        }
    }
}
