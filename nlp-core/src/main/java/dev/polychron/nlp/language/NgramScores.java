package dev.polychron.nlp.language;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenNLP's language detector with its model's weights in flat arrays: the same n-grams, the same sums in the same
 * order and so the same best language and confidence as {@code LanguageDetectorME.predictLanguage}, without its
 * model's hash map of n-gram strings, whose lookups (a cache miss or more for each of a text's n-grams) were most of
 * the detection's cost. It reads the model's data structures and follows OpenNLP's order of sums: after an OpenNLP
 * upgrade, NgramScoresTest must show the same answers again.
 */
final class NgramScores {

    /** The n-grams are one to three chars, which a long holds whole with their length: no two share a key. */
    private static final int PACKED_CHARS = TextNgrams.MAX_CHARS;
    /** No n-gram's row: rows start at 0 or later. */
    private static final long NO_ROW = -1;

    private final String[] languages;
    /** The log of the uniform prior each language's score starts from, as OpenNLP's {@code UniformPrior} gives. */
    private final double logPrior;
    /**
     * Open addressing, two longs a slot: the packed n-gram (0 in a free slot) and its {@link #row}, side by side so
     * that finding an n-gram's weights reads one cache line of this table, which is too large to stay in a cache.
     */
    private final long[] table;
    private final int mask;
    private final int hashShift;
    /** The rows of the rare n-grams a long does not hold. */
    private final Map<String, Long> unpacked = new HashMap<>();
    /**
     * Each n-gram's weights, from the start to the end its row gives: language and weight. An n-gram with a weight
     * in most languages (the common letters and pairs: 'e', 'a ', 'th') has a full row instead, one weight for each
     * language in the model's order and 0 where it has none (its {@code weightLanguages} unused), added to the
     * scores as one run the JIT vectorises rather than scattered; adding 0 leaves a language's score as it was, so
     * every language's sum is the same.
     */
    private final int[] weightLanguages;
    private final double[] weights;

    NgramScores(LanguageDetectorModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis)) {
            throw new IllegalStateException("The language model is no maxent (GIS) model");
        }
        if (model.getFactory().getClass() != LanguageDetectorFactory.class) {
            throw new IllegalStateException("The language model makes its n-grams otherwise than TextNgrams");
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) data[1];
        languages = (String[]) data[2];
        logPrior = StrictMath.log(1.0 / languages.length);
        int size = Integer.highestOneBit(Math.max(1, contexts.size()) * 2) * 2;
        table = new long[2 * size];
        mask = size - 1;
        hashShift = Long.SIZE - Integer.numberOfTrailingZeros(size);
        int total = contexts.values().stream().mapToInt(c -> rowLength(c.getOutcomes().length)).sum();
        weightLanguages = new int[total];
        weights = new double[total];
        // the rows of the n-grams with weights in the most languages first, near each other: the common n-grams,
        // read in every text ('e', 'th')
        List<Map.Entry<String, Context>> byOutcomes = contexts.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> -entry.getValue().getOutcomes().length))
                .toList();
        int start = 0;
        for (Map.Entry<String, Context> entry : byOutcomes) {
            Context context = entry.getValue();
            int length = rowLength(context.getOutcomes().length);
            if (length == languages.length) {
                for (int w = 0; w < context.getOutcomes().length; w++) {
                    weights[start + context.getOutcomes()[w]] = context.getParameters()[w];
                }
            } else {
                System.arraycopy(context.getOutcomes(), 0, weightLanguages, start, length);
                System.arraycopy(context.getParameters(), 0, weights, start, length);
            }
            long row = row(start, start + length);
            String ngram = entry.getKey();
            if (packs(ngram)) {
                int slot = freeSlot(pack(ngram));
                table[2 * slot] = pack(ngram);
                table[2 * slot + 1] = row;
            } else {
                unpacked.put(ngram, row);
            }
            start += length;
        }
    }

    /**
     * The most likely language of {@code text} and its probability, as {@code predictLanguage} answers: the first
     * of the languages in the model's order on a tie.
     */
    Guess best(CharSequence text) {
        double[] scores = new double[languages.length];
        Arrays.fill(scores, logPrior);
        // OpenNLP sums the weights of the distinct n-grams in the order of a hash set of them; so do we
        for (CharSequence ngram : TextNgrams.of(text)) {
            long row = rowOf(ngram);
            if (row == NO_ROW) {
                continue;
            }
            int start = (int) (row >>> Integer.SIZE);
            int end = (int) row;
            if (end - start == scores.length) {
                for (int language = 0; language < scores.length; language++) {
                    scores[language] += weights[start + language];
                }
            } else {
                for (int w = start; w < end; w++) {
                    scores[weightLanguages[w]] += weights[w];
                }
            }
        }
        double normal = 0.0;
        for (int language = 0; language < scores.length; language++) {
            scores[language] = StrictMath.exp(scores[language]);
            normal += scores[language];
        }
        int best = 0;
        for (int language = 0; language < scores.length; language++) {
            scores[language] /= normal;
            if (Double.compare(scores[language], scores[best]) > 0) {
                best = language;
            }
        }
        return new Guess(languages[best], scores[best]);
    }

    /** A language code as the model names it, and its probability. */
    record Guess(String language, double confidence) {
    }

    /**
     * A row of {@code outcomes} weights, or a full row where it takes no more memory: 8 bytes a language against
     * 12 (weight and language) an outcome.
     */
    private int rowLength(int outcomes) {
        boolean fullRowFits = outcomes * (Double.BYTES + Integer.BYTES) >= languages.length * Double.BYTES;
        return fullRowFits ? languages.length : outcomes;
    }

    /** An n-gram's weights from {@code start} to {@code end}, in one long. */
    private static long row(int start, int end) {
        return (long) start << Integer.SIZE | end;
    }

    /** The row of an n-gram's weights, or {@link #NO_ROW} when the model has none. */
    private long rowOf(CharSequence ngram) {
        if (!packs(ngram)) {
            return unpacked.getOrDefault(ngram.toString(), NO_ROW);
        }
        long key = pack(ngram);
        for (int slot = hash(key); ; slot = (slot + 1) & mask) {
            if (table[2 * slot] == 0) {
                return NO_ROW;
            }
            if (table[2 * slot] == key) {
                return table[2 * slot + 1];
            }
        }
    }

    private int freeSlot(long key) {
        int slot = hash(key);
        while (table[2 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> hashShift);
    }

    private static boolean packs(CharSequence ngram) {
        return ngram.length() >= 1 && ngram.length() <= PACKED_CHARS;
    }

    private static long pack(CharSequence ngram) {
        long key = ngram.length();
        for (int i = 0; i < ngram.length(); i++) {
            key = key << 16 | ngram.charAt(i);
        }
        return key;
    }
}
