package dev.polychron.nlp.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words in a trie, each with a number, so that a text is read once from a position instead of compared with each
 * word: node n's edges are {@code labels[edges[n] .. edges[n + 1])}, sorted, leading to {@code targets}, and
 * {@code numbers[n]} are those of the words that end at node n.
 */
final class WordTrie {

    static final int ROOT = 0;
    /** What {@link #next} answers where no word goes on with the char. */
    static final int NONE = -1;
    /**
     * The most edges of a node read one by one rather than by binary search: past a word's first char most nodes have
     * one or two, read at every char of every candidate.
     */
    private static final int SCANNED_EDGES = 8;

    private final int[] edges;
    private final char[] labels;
    private final int[] targets;
    private final int[][] numbers;

    /** {@code words[i]} with the number {@code wordNumbers[i]}. */
    WordTrie(List<String> words, int[] wordNumbers) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>(List.of(new TreeMap<>()));
        List<int[]> ends = new ArrayList<>(List.of(new int[0]));
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int node = ROOT;
            for (int i = 0; i < word.length(); i++) {
                Integer child = trie.get(node).get(word.charAt(i));
                if (child == null) {
                    child = trie.size();
                    trie.get(node).put(word.charAt(i), child);
                    trie.add(new TreeMap<>());
                    ends.add(new int[0]);
                }
                node = child;
            }
            int[] here = Arrays.copyOf(ends.get(node), ends.get(node).length + 1);
            here[here.length - 1] = wordNumbers[w];
            ends.set(node, here);
        }
        edges = new int[trie.size() + 1];
        int edgeCount = trie.stream().mapToInt(TreeMap::size).sum();
        labels = new char[edgeCount];
        targets = new int[edgeCount];
        numbers = ends.toArray(int[][]::new);
        int edge = 0;
        for (int node = 0; node < trie.size(); node++) {
            edges[node] = edge;
            for (Map.Entry<Character, Integer> next : trie.get(node).entrySet()) {
                labels[edge] = next.getKey();
                targets[edge++] = next.getValue();
            }
        }
        edges[trie.size()] = edge;
    }

    /** The node that {@code c} leads to from {@code node}, or {@link #NONE}. */
    int next(int node, char c) {
        int from = edges[node];
        int to = edges[node + 1];
        if (to - from > SCANNED_EDGES) {
            int edge = Arrays.binarySearch(labels, from, to, c);
            return edge < 0 ? NONE : targets[edge];
        }
        for (int edge = from; edge < to && labels[edge] <= c; edge++) {
            if (labels[edge] == c) {
                return targets[edge];
            }
        }
        return NONE;
    }

    /** For each char below {@code limit}, the node it leads to from the root, or {@link #NONE}. */
    int[] fromRoot(int limit) {
        int[] nodes = new int[limit];
        Arrays.fill(nodes, NONE);
        for (int edge = edges[ROOT]; edge < edges[ROOT + 1] && labels[edge] < limit; edge++) {
            nodes[labels[edge]] = targets[edge];
        }
        return nodes;
    }

    /** The numbers of the words that end at {@code node}. */
    int[] numbers(int node) {
        return numbers[node];
    }
}
