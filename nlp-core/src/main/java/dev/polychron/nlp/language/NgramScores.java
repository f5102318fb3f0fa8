package dev.polychron.nlp.language;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.HashMap;
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

    private final String[] languages;
    /** The log of the uniform prior each language's score starts from, as OpenNLP's {@code UniformPrior} gives. */
    private final double logPrior;
    /** Open addressing: packed n-gram, and its weights' index (+1; 0 is a free slot). */
    private final long[] keys;
    private final int[] weightIndexes;
    private final int mask;
    private final int hashShift;
    /** The rare n-grams a long does not hold. */
    private final Map<String, Integer> unpacked = new HashMap<>();
    /**
     * For each n-gram by index, its weights {@code from[i]} to {@code from[i + 1]}: language and weight. An n-gram
     * with a weight in most languages (the common letters and pairs: 'e', 'a ', 'th') has a full row instead, one
     * weight for each language in the model's order and 0 where it has none (its {@code weightLanguages} unused),
     * added to the scores as one run the JIT vectorises rather than scattered; adding 0 leaves a language's score
     * as it was, so every language's sum is the same.
     */
    private final int[] from;
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
        keys = new long[size];
        weightIndexes = new int[size];
        mask = size - 1;
        hashShift = Long.SIZE - Integer.numberOfTrailingZeros(size);
        from = new int[contexts.size() + 1];
        int total = contexts.values().stream().mapToInt(c -> rowLength(c.getOutcomes().length)).sum();
        weightLanguages = new int[total];
        weights = new double[total];
        int index = 0;
        for (Map.Entry<String, Context> entry : contexts.entrySet()) {
            Context context = entry.getValue();
            int start = from[index];
            int length = rowLength(context.getOutcomes().length);
            if (length == languages.length) {
                for (int w = 0; w < context.getOutcomes().length; w++) {
                    weights[start + context.getOutcomes()[w]] = context.getParameters()[w];
                }
            } else {
                System.arraycopy(context.getOutcomes(), 0, weightLanguages, start, length);
                System.arraycopy(context.getParameters(), 0, weights, start, length);
            }
            from[index + 1] = start + length;
            String ngram = entry.getKey();
            if (packs(ngram)) {
                int slot = slot(pack(ngram));
                keys[slot] = pack(ngram);
                weightIndexes[slot] = index + 1;
            } else {
                unpacked.put(ngram, index);
            }
            index++;
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
            int index = indexOf(ngram);
            if (index < 0) {
                continue;
            }
            int start = from[index];
            if (from[index + 1] - start == scores.length) {
                for (int language = 0; language < scores.length; language++) {
                    scores[language] += weights[start + language];
                }
            } else {
                for (int w = start; w < from[index + 1]; w++) {
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

    private int indexOf(CharSequence ngram) {
        if (!packs(ngram)) {
            return unpacked.getOrDefault(ngram.toString(), -1);
        }
        long key = pack(ngram);
        for (int slot = hash(key); ; slot = (slot + 1) & mask) {
            if (weightIndexes[slot] == 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return weightIndexes[slot] - 1;
            }
        }
    }

    private int slot(long key) {
        int slot = hash(key);
        while (weightIndexes[slot] != 0) {
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
