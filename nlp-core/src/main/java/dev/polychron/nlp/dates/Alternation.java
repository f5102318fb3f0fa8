package dev.polychron.nlp.dates;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A regex alternation of literal words that matches the longest word that fits first, then the shorter ones. It is
 * written as a tree of their shared beginnings, "thang(?: muoi(?: mot|)|)" rather than "thang muoi
 * mot|thang muoi|thang": the words that fit at a place all begin one another, so the tree tries them in the same
 * order, longest first, while a regex tries a flat alternation's words one by one at every place.
 */
final class Alternation {

    private Alternation() {
    }

    static String of(Collection<String> words) {
        Node root = new Node();
        words.forEach(word -> root.add(word.codePoints().toArray(), 0));
        return root.alternatives();
    }

    /** The words' code points after a shared beginning, by their first; split by code point to keep pairs whole. */
    private static final class Node {
        private final Map<Integer, Node> next = new TreeMap<>();
        private boolean end;

        void add(int[] word, int from) {
            if (from == word.length) {
                end = true;
            } else {
                next.computeIfAbsent(word[from], c -> new Node()).add(word, from + 1);
            }
        }

        /** The alternatives after this node, longer words before the word that ends here. */
        String alternatives() {
            StringBuilder regex = new StringBuilder();
            for (Map.Entry<Integer, Node> branch : next.entrySet()) {
                if (!regex.isEmpty()) {
                    regex.append('|');
                }
                StringBuilder literal = new StringBuilder().appendCodePoint(branch.getKey());
                Node node = branch.getValue();
                while (!node.end && node.next.size() == 1) {
                    Map.Entry<Integer, Node> only = node.next.entrySet().iterator().next();
                    literal.appendCodePoint(only.getKey());
                    node = only.getValue();
                }
                regex.append(Pattern.quote(literal.toString()));
                if (!node.next.isEmpty()) {
                    regex.append("(?:").append(node.alternatives()).append(')');
                }
            }
            if (end && !next.isEmpty()) {
                regex.append('|');
            }
            return regex.toString();
        }
    }
}
