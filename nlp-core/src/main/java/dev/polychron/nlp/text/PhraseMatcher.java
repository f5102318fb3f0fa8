package dev.polychron.nlp.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeSet;

/**
 * Finds every occurrence of many phrases in one pass over a text (an Aho–Corasick automaton), instead of a regex
 * alternation that tries each phrase at each position.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** One occurrence: {@code [start, end)} in the text and the phrase's value. */
    public record Hit<T>(int start, int end, T value) {
    }

    /** A node of the automaton while it is built; {@link #find} walks the transition table made from these. */
    private static final class Node<T> {
        private final Map<Character, Node<T>> next = new HashMap<>();
        private Node<T> fail;
        private final List<Map.Entry<Integer, T>> outputs = new ArrayList<>();
        private int id;
    }

    /** The chars of the phrases beyond ASCII, sorted; a char's class is 1 + its index here, or 1 + 128 + that. */
    private final char[] alphabet;
    /** The chars of the phrases, as a bit set over all chars, so that most other chars are told apart at once. */
    private final long[] inAlphabet = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    /** The class of each ASCII char: 0 for none of the phrases' chars. */
    private final int[] asciiClass = new int[128];
    private final int classes;
    /** The node after node n and a char of class k is {@code transitions[n * classes + k]}; class 0 leads to root. */
    private final int[] transitions;
    /** Node n's outputs are {@code outputLengths} and {@code outputValues} at {@code [outputs[n], outputs[n + 1])}. */
    private final int[] outputs;
    private final int[] outputLengths;
    private final Object[] outputValues;

    public PhraseMatcher(Map<String, T> phrases) {
        Node<T> root = new Node<>();
        TreeSet<Character> chars = new TreeSet<>();
        phrases.forEach((phrase, value) -> {
            if (!phrase.isEmpty()) {
                Node<T> node = root;
                for (int i = 0; i < phrase.length(); i++) {
                    chars.add(phrase.charAt(i));
                    node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
                }
                node.outputs.add(Map.entry(phrase.length(), value));
            }
        });
        List<Node<T>> nodes = new ArrayList<>(List.of(root));
        Queue<Node<T>> queue = new ArrayDeque<>();
        root.next.values().forEach(child -> {
            child.fail = root;
            queue.add(child);
        });
        while (!queue.isEmpty()) {
            Node<T> node = queue.remove();
            node.id = nodes.size();
            nodes.add(node);
            node.next.forEach((c, child) -> {
                Node<T> fail = node.fail;
                while (fail != null && !fail.next.containsKey(c)) {
                    fail = fail.fail;
                }
                child.fail = fail == null ? root : fail.next.get(c);
                child.outputs.addAll(child.fail.outputs);
                queue.add(child);
            });
        }
        StringBuilder beyondAscii = new StringBuilder();
        int ascii = 0;
        for (char c : chars) {
            inAlphabet[c >>> 6] |= 1L << c;
            if (c < asciiClass.length) {
                asciiClass[c] = ++ascii;
            } else {
                beyondAscii.append(c);
            }
        }
        alphabet = beyondAscii.toString().toCharArray();
        classes = 1 + chars.size();
        // breadth first, so a node's fail node has all its transitions before the node needs them
        transitions = new int[nodes.size() * classes];
        for (Node<T> node : nodes) {
            int row = node.id * classes;
            int failRow = node.fail == null ? -1 : node.fail.id * classes;
            for (int k = 1; k < classes; k++) {
                transitions[row + k] = failRow < 0 ? 0 : transitions[failRow + k];
            }
            node.next.forEach((c, child) -> transitions[row + classOf(c)] = child.id);
        }
        int outputCount = nodes.stream().mapToInt(n -> n.outputs.size()).sum();
        outputs = new int[nodes.size() + 1];
        outputLengths = new int[outputCount];
        outputValues = new Object[outputCount];
        int output = 0;
        for (Node<T> node : nodes) {
            outputs[node.id] = output;
            for (Map.Entry<Integer, T> out : node.outputs) {
                outputLengths[output] = out.getKey();
                outputValues[output++] = out.getValue();
            }
        }
        outputs[nodes.size()] = output;
    }

    /** Every occurrence of every phrase, overlapping ones included, in order of their end. */
    @SuppressWarnings("unchecked")
    public List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            node = transitions[node * classes + classOf(text.charAt(i))];
            for (int o = outputs[node]; o < outputs[node + 1]; o++) {
                hits.add(new Hit<>(i + 1 - outputLengths[o], i + 1, (T) outputValues[o]));
            }
        }
        return hits;
    }

    private int classOf(char c) {
        if (c < asciiClass.length) {
            return asciiClass[c];
        }
        if ((inAlphabet[c >>> 6] & 1L << c) == 0) {
            return 0;
        }
        return classes - alphabet.length + Arrays.binarySearch(alphabet, c);
    }
}
