package dev.polychron.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids of documents this gateway saw accepted lately, so that an accepted id answers RECEIVED even in the moment
 * before timeline-service has consumed it from the broker.
 */
@ApplicationScoped
public class RecentlyAccepted {

    private static final int CAPACITY = 10_000;

    private final Map<String, Boolean> ids = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized void add(String id) {
        ids.put(id, Boolean.TRUE);
    }

    /** A deleted document is no longer one that was just accepted. */
    public synchronized void remove(String id) {
        ids.remove(id);
    }

    public synchronized boolean contains(String id) {
        return ids.containsKey(id);
    }
}
