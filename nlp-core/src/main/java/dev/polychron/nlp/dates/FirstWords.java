package dev.polychron.nlp.dates;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first words of a language's {@link Start}s in one trie, so that each word start of a text is read once for
 * them all: a language's rules open with a few dozen sets of words (a month's names, the part words), and reading
 * each word start against each set was a tenth of the analysis.
 */
final class FirstWords {

    /** The first length of a Start's list of candidate places; it doubles as it fills. */
    private static final int FIRST_CAPACITY = 8;
    /**
     * The chars whose edges from the trie's root are read from a table: the Latin, Greek, Cyrillic, Hebrew, Arabic,
     * Indic, Thai and Georgian letters that begin most words. Every word start of a text takes the root's edge of its
     * first char, and a search among a language's hundred first chars was most of this class's time.
     */
    private static final int ROOT_TABLE_CHARS = 0x1100;

    private final Map<Start, Integer> ids = new HashMap<>();
    /** The ids of the Starts that admit ASCII digits too ({@link Start#orDigit}). */
    private final int[] digitIds;
    /** The Starts that admit the first digits of some numbers too ({@link Start#orNumbers}), and their ids. */
    private final List<Start> numberStarts;
    private final int[] numberIds;
    private final WordTrie trie;
    private final int[] fromRoot;

    private FirstWords(List<Start> starts) {
        List<String> words = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Start start : starts) {
            int id = ids.size();
            ids.put(start, id);
            for (String word : start.words()) {
                words.add(word);
                numbers.add(id);
            }
        }
        digitIds = starts.stream().filter(Start::digit).mapToInt(ids::get).toArray();
        numberStarts = starts.stream().filter(start -> !start.digit() && start.admitsNumbers()).toList();
        numberIds = numberStarts.stream().mapToInt(ids::get).toArray();
        trie = new WordTrie(words, numbers.stream().mapToInt(Integer::intValue).toArray());
        fromRoot = trie.fromRoot(ROOT_TABLE_CHARS);
    }

    /** The first words of {@code starts}, those of them that name some. */
    static FirstWords of(Collection<Start> starts) {
        return new FirstWords(starts.stream().filter(start -> !start.anywhere() && !start.anyWord()
                && !start.digitsOnly() && !start.numbersOnly()).distinct().toList());
    }

    /** The id of {@code start} in {@link #admitted}'s answer, or -1 where it is none of these. */
    int id(Start start) {
        return ids.getOrDefault(start, -1);
    }

    /**
     * For each Start by its id, the {@code candidates} of {@code chars} (word starts, in order) where it admits a
     * match, in order: the same as {@link Start#admits} at each.
     */
    int[][] admitted(char[] chars, int[] candidates) {
        int[][] admitted = new int[ids.size()][];
        int[] counts = new int[ids.size()];
        CharSequence text = CharBuffer.wrap(chars);
        for (int at : candidates) {
            if (Start.isAsciiDigit(chars[at])) {
                for (int id : digitIds) {
                    add(admitted, counts, id, at);
                }
                int length = numberIds.length == 0 ? 0 : Start.numberLength(text, at);
                for (int i = 0; i < numberIds.length; i++) {
                    if (numberStarts.get(i).admitsNumber(length)) {
                        add(admitted, counts, numberIds[i], at);
                    }
                }
            }
            int node = chars[at] < fromRoot.length ? fromRoot[chars[at]] : trie.next(WordTrie.ROOT, chars[at]);
            for (int i = at + 1; node != WordTrie.NONE; i++) {
                for (int id : trie.numbers(node)) {
                    if (counts[id] == 0 || admitted[id][counts[id] - 1] != at) {
                        add(admitted, counts, id, at);
                    }
                }
                node = i < chars.length ? trie.next(node, chars[i]) : WordTrie.NONE;
            }
        }
        for (int id = 0; id < admitted.length; id++) {
            admitted[id] = admitted[id] == null ? new int[0] : Arrays.copyOf(admitted[id], counts[id]);
        }
        return admitted;
    }

    private static void add(int[][] admitted, int[] counts, int id, int at) {
        if (admitted[id] == null) {
            admitted[id] = new int[FIRST_CAPACITY];
        } else if (counts[id] == admitted[id].length) {
            admitted[id] = Arrays.copyOf(admitted[id], counts[id] * 2);
        }
        admitted[id][counts[id]++] = at;
    }
}
