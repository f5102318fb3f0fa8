package dev.polychron.nlp.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a costly pure function for up to a fixed number of keys, then computes the rest afresh,
 * so that its memory does not grow with the number of texts analysed. Safe for concurrent use.
 */
public final class BoundedMemo<K, V> {

    private final Function<K, V> function;
    private final int capacity;
    private final Map<K, V> results = new ConcurrentHashMap<>();

    public BoundedMemo(Function<K, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** The function's result for {@code key}. */
    public V apply(K key) {
        V known = results.get(key);
        if (known != null) {
            return known;
        }
        V result = function.apply(key);
        if (results.size() < capacity) {
            results.put(key, result);
        }
        return result;
    }

    int size() {
        return results.size();
    }
}
