package dev.polychron.timeline.repository;

import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Runs a "key, count ... group by key" query over a list of ids: one query for a whole page of documents. */
final class Counts {

    private Counts() {
    }

    static Map<String, Long> byKey(TypedQuery<Object[]> query, Collection<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids).getResultStream()
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
