package dev.polychron.timeline.service;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Groups event candidates into events. The result depends only on the set of candidates, never on the order they
 * arrived in: candidates are visited finest date first, then by date, document and offset; each joins the first
 * event it agrees with best, or starts one.
 */
final class EventClustering {

    /** A coarser candidate joins a finer event only when this share of their entities agree. */
    private static final double COARSER_MIN_JACCARD = 0.5;

    private EventClustering() {
    }

    /** One candidate sentence (by its candidate's id) with the language of its document. */
    record Member(long candidateId, String documentId, int sentenceStart, int sentenceEnd, int dateStart,
                  String language, String dateValue, Granularity granularity, Modifier modifier, String rangeEnd,
                  Set<String> entityIds) {

        String key() {
            return EventClustering.key(documentId, sentenceStart, dateStart);
        }
    }

    /** Names a candidate, and the event source it becomes, by document, sentence and date offset. */
    static String key(String documentId, int sentenceStart, int dateStart) {
        return documentId + ":" + sentenceStart + ":" + dateStart;
    }

    /** One event: its first member gives it id, date and summary. */
    static final class Cluster {

        private final Member seed;
        private final String id;
        /** Creation order: of equally good events a candidate joins the earliest. */
        private final int order;
        private final List<Member> members = new ArrayList<>();
        private final Set<String> entityIds = new HashSet<>();

        private Cluster(Member seed, int order) {
            this.seed = seed;
            // a name-based UUID hashes the key: computed once, as the merge asks for it many times
            this.id = UUID.nameUUIDFromBytes(("event:" + seed.key()).getBytes(StandardCharsets.UTF_8)).toString();
            this.order = order;
            add(seed);
        }

        private void add(Member member) {
            members.add(member);
            entityIds.addAll(member.entityIds());
        }

        Member seed() {
            return seed;
        }

        List<Member> members() {
            return members;
        }

        Set<String> entityIds() {
            return entityIds;
        }

        /** Stable as long as the seed stays the finest, first member. */
        String id() {
            return id;
        }
    }

    static List<Cluster> cluster(List<Member> candidates) {
        List<Member> ordered = new ArrayList<>(candidates);
        ordered.sort(EventClustering::visitOrder);
        List<Cluster> clusters = new ArrayList<>();
        ClusterIndex index = new ClusterIndex();
        for (Member member : ordered) {
            Cluster best = null;
            int bestOverlap = 0;
            for (Cluster cluster : index.candidatesFor(member)) {
                int overlap = agreement(cluster, member);
                if (overlap > bestOverlap || overlap == bestOverlap && overlap > 0 && cluster.order < best.order) {
                    best = cluster;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                Cluster created = new Cluster(member, clusters.size());
                clusters.add(created);
                index.add(created);
            } else {
                Set<String> newlyNamed = new HashSet<>(member.entityIds());
                newlyNamed.removeAll(best.entityIds());
                best.add(member);
                index.named(best, newlyNamed);
            }
        }
        return clusters;
    }

    /**
     * Finest date first, then by date, document and offset: spelt out, as the chain of key extractors that
     * {@code Comparator.comparing} builds made the sort a fifth of the clustering's time in a profile.
     */
    private static int visitOrder(Member a, Member b) {
        int order = a.granularity().compareTo(b.granularity());
        if (order == 0) {
            order = a.dateValue().compareTo(b.dateValue());
        }
        if (order == 0) {
            order = a.documentId().compareTo(b.documentId());
        }
        if (order == 0) {
            order = Integer.compare(a.sentenceStart(), b.sentenceStart());
        }
        return order == 0 ? Integer.compare(a.dateStart(), b.dateStart()) : order;
    }

    /** How strongly a candidate agrees with an event (shared entities, or 1 for two entity-less equal dates); 0: no. */
    private static int agreement(Cluster cluster, Member member) {
        Member seed = cluster.seed();
        if (!sameDate(seed.dateValue(), member.dateValue())) {
            return 0;
        }
        if (member.entityIds().isEmpty() || cluster.entityIds().isEmpty()) {
            return member.entityIds().isEmpty() && seed.entityIds().isEmpty()
                    && seed.dateValue().equals(member.dateValue()) ? 1 : 0;
        }
        int shared = shared(member.entityIds(), cluster.entityIds());
        if (shared > 0 && member.granularity() != seed.granularity()
                && jaccard(seed.entityIds(), member.entityIds()) < COARSER_MIN_JACCARD) {
            return 0;
        }
        return shared;
    }

    /** Two TIMEX values agree at their common granularity when one is a prefix of the other ("2014", "2014-04"). */
    static boolean sameDate(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** How many of {@code a} are in {@code b}: a loop, as this runs for every event each candidate may join. */
    private static int shared(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String id : a) {
            if (b.contains(id)) {
                shared++;
            }
        }
        return shared;
    }
}
