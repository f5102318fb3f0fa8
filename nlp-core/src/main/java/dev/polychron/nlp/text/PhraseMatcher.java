package dev.polychron.nlp.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

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

    private static final class Node<T> {
        private final Map<Character, Node<T>> next = new HashMap<>();
        private Node<T> fail;
        private final List<Map.Entry<Integer, T>> outputs = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    public PhraseMatcher(Map<String, T> phrases) {
        phrases.forEach((phrase, value) -> {
            if (!phrase.isEmpty()) {
                Node<T> node = root;
                for (int i = 0; i < phrase.length(); i++) {
                    node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
                }
                node.outputs.add(Map.entry(phrase.length(), value));
            }
        });
        Queue<Node<T>> queue = new ArrayDeque<>();
        root.next.values().forEach(child -> {
            child.fail = root;
            queue.add(child);
        });
        while (!queue.isEmpty()) {
            Node<T> node = queue.remove();
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
    }

    /** Every occurrence of every phrase, overlapping ones included, in order of their end. */
    public List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        Node<T> node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (Map.Entry<Integer, T> output : node.outputs) {
                hits.add(new Hit<>(i + 1 - output.getKey(), i + 1, output.getValue()));
            }
        }
        return hits;
    }
}
