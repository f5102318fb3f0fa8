package dev.polychron.timeline.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The events being clustered, by their seed's date and, within a date, by the entities they name. A candidate that
 * names entities can agree only with an event of an agreeing date that shares one of them, so only those are tried: in
 * a busy year a candidate was otherwise tested against every event of that year.
 */
final class ClusterIndex {

    private final TreeMap<String, Bucket> bySeedDate = new TreeMap<>();

    /** The events of one seed date: all of them, and those that name each entity. */
    private static final class Bucket {
        final List<EventClustering.Cluster> all = new ArrayList<>();
        final Map<String, List<EventClustering.Cluster>> byEntity = new HashMap<>();
    }

    void add(EventClustering.Cluster cluster) {
        Bucket bucket = bySeedDate.computeIfAbsent(cluster.seed().dateValue(), d -> new Bucket());
        bucket.all.add(cluster);
        named(cluster, cluster.entityIds());
    }

    /** Records that {@code cluster} now names {@code entityIds} too. */
    void named(EventClustering.Cluster cluster, Set<String> entityIds) {
        Bucket bucket = bySeedDate.get(cluster.seed().dateValue());
        entityIds.forEach(id -> bucket.byEntity.computeIfAbsent(id, e -> new ArrayList<>()).add(cluster));
    }

    /**
     * The events {@code member} may agree with: of the seed dates that agree with its date (its prefixes, and those it
     * is a prefix of), every event when it names no entity, else those that share an entity with it.
     */
    Set<EventClustering.Cluster> candidatesFor(EventClustering.Member member) {
        String value = member.dateValue();
        List<Bucket> buckets = new ArrayList<>();
        for (int length = 1; length < value.length(); length++) {
            Bucket prefix = bySeedDate.get(value.substring(0, length));
            if (prefix != null) {
                buckets.add(prefix);
            }
        }
        buckets.addAll(bySeedDate.subMap(value, true, value + Character.MAX_VALUE, false).values());
        Set<EventClustering.Cluster> found = new LinkedHashSet<>();
        for (Bucket bucket : buckets) {
            if (member.entityIds().isEmpty()) {
                found.addAll(bucket.all);
            } else {
                member.entityIds().forEach(id -> found.addAll(bucket.byEntity.getOrDefault(id, List.of())));
            }
        }
        return found;
    }
}
