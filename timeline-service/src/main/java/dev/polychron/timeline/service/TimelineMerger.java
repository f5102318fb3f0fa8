package dev.polychron.timeline.service;

import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.DateRange;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.Source;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.CandidateRepository.LiveCandidate;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.EventRepository.HeldSource;
import dev.polychron.timeline.repository.EventRepository.Holding;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the stored events equal to the clustering of the stored candidates (see {@link EventClustering}), tier by
 * tier (see {@link DateTier}): after a document changes, the candidates of a tier whose dates overlap its dates are
 * clustered again and that tier's events of the date range are brought in line — created, updated or deleted — so
 * the timeline never depends on upload order.
 */
@ApplicationScoped
public class TimelineMerger {

    private final EventRepository events;
    private final CandidateRepository candidates;

    public TimelineMerger(EventRepository events, CandidateRepository candidates) {
        this.events = events;
        this.candidates = candidates;
    }

    /** Makes this transaction the only one that merges, across every replica, until it ends. */
    public void lock() {
        events.lockTimeline();
    }

    /**
     * Re-clusters, in each tier, the dates the document's candidates and its current events cover, each range
     * widened until every candidate in it and every event holding one of them lies inside it (ranges that then
     * overlap are joined); answers the changed events. Ranges apart are clustered apart: no candidate or event
     * reaches across them, so a document about 1914 and 2014 does not re-cluster the century between.
     */
    public Map<String, TimelineUpdated.Change> index(String documentId) {
        return indexDocuments(List.of(documentId));
    }

    /** {@link #index(String)} for several documents at once, in one re-clustering of the dates they cover. */
    public Map<String, TimelineUpdated.Change> indexDocuments(Collection<String> documentIds) {
        lock();
        List<CandidateRepository.Dates> ofDocuments = candidates.datesOfDocuments(documentIds);
        List<HeldSource> held = events.heldSourcesOfDocuments(documentIds);
        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        for (DateTier tier : DateTier.values()) {
            List<DateRange> ranges = new ArrayList<>();
            ofDocuments.stream().filter(c -> tier.holds(c.granularity()))
                    .forEach(c -> ranges.add(new DateRange(c.dateFrom(), c.dateTo())));
            held.stream().filter(h -> tier.holds(h.eventGranularity()))
                    .forEach(h -> ranges.add(new DateRange(h.eventFrom(), h.eventTo())));
            if (!ranges.isEmpty()) {
                Settled settled = settle(tier, DateRange.merge(ranges));
                changes.putAll(recluster(tier, settled.ranges(), settled.candidates()));
            }
        }
        return changes;
    }

    /** Ranges that no candidate or event reaches out of, and the tier's candidates in them. */
    private record Settled(List<DateRange> ranges, List<LiveCandidate> candidates) {
    }

    /**
     * Widens the ranges by the candidates they overlap and the events that hold those, joining ranges that come to
     * overlap, until none grows: two queries a round, for all the ranges at once. (The holding of a candidate that
     * is no longer live, its document re-analysed, may widen a range too; a wider range is only more work.)
     */
    private Settled settle(DateTier tier, List<DateRange> ranges) {
        while (true) {
            List<LiveCandidate> live = candidates.liveOverlapping(ranges, tier.granularities());
            List<DateRange> wider = new ArrayList<>(ranges);
            for (LiveCandidate c : live) {
                spanOverlapped(ranges, wider, c.dateFrom(), c.dateTo(), c.dateFrom(), c.dateTo());
            }
            for (Holding holding : events.holding(ranges, tier.granularities())) {
                spanOverlapped(ranges, wider, holding.candidateFrom(), holding.candidateTo(), holding.eventFrom(),
                        holding.eventTo());
            }
            List<DateRange> next = DateRange.merge(wider);
            if (next.equals(ranges)) {
                return new Settled(ranges, live);
            }
            ranges = next;
        }
    }

    /**
     * Widens by {@code [from, to]} each range that the candidate (dated {@code [candidateFrom, candidateTo]}) overlaps.
     * The ranges are sorted and apart, so the first is found by bisection: a batch's hundreds of ranges were each
     * tested against every candidate and holding of a busy year.
     */
    private static void spanOverlapped(List<DateRange> ranges, List<DateRange> wider, LocalDate candidateFrom,
            LocalDate candidateTo, LocalDate from, LocalDate to) {
        for (int i = firstEndingFrom(ranges, candidateFrom);
                i < ranges.size() && !ranges.get(i).from().isAfter(candidateTo); i++) {
            wider.set(i, wider.get(i).span(from, to));
        }
    }

    /** The index of the first of the sorted ranges that ends on or after {@code day} (their size when none does). */
    private static int firstEndingFrom(List<DateRange> ranges, LocalDate day) {
        int low = 0;
        int high = ranges.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ranges.get(middle).to().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Clusters the candidates of the settled ranges (apart from each other as they are, one clustering serves them
     * all) and brings the tier's events of those ranges in line.
     */
    private Map<String, TimelineUpdated.Change> recluster(DateTier tier, List<DateRange> ranges,
            List<LiveCandidate> live) {
        List<EventClustering.Cluster> clusters = EventClustering.cluster(live.stream()
                .map(TimelineMerger::member).toList());
        Map<String, Set<String>> current = events.entitiesOverlapping(ranges, tier.granularities());
        Map<String, Map<String, Long>> currentSources = new HashMap<>();
        events.heldSourcesOverlapping(ranges, tier.granularities()).forEach(s -> currentSources
                .computeIfAbsent(s.eventId(), id -> new HashMap<>())
                .put(row(s.documentId(), s.sentenceStart(), s.sentenceEnd(), s.dateStart(), s.language()), s.id()));

        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        Set<String> wanted = clusters.stream().map(EventClustering.Cluster::id).collect(Collectors.toSet());
        current.keySet().stream().filter(id -> !wanted.contains(id))
                .forEach(stale -> changes.put(stale, TimelineUpdated.Change.DELETED));
        List<EventClustering.Cluster> changed = new ArrayList<>();
        List<Long> leaving = new ArrayList<>();
        for (EventClustering.Cluster cluster : clusters) {
            Set<String> entityIds = current.get(cluster.id());
            Set<String> sourceKeys = cluster.members().stream().map(TimelineMerger::row).collect(Collectors.toSet());
            Map<String, Long> held = currentSources.getOrDefault(cluster.id(), Map.of());
            if (entityIds == null) {
                changed.add(cluster);
                changes.put(cluster.id(), TimelineUpdated.Change.CREATED);
            } else if (!sourceKeys.equals(held.keySet()) || !entityIds.equals(cluster.entityIds())) {
                held.forEach((key, sourceId) -> {
                    if (!sourceKeys.contains(key)) {
                        leaving.add(sourceId);
                    }
                });
                changed.add(cluster);
                changes.put(cluster.id(), TimelineUpdated.Change.UPDATED);
            }
        }
        Map<String, Event> stored = new HashMap<>();
        events.withIds(changes.entrySet().stream().filter(c -> c.getValue() != TimelineUpdated.Change.CREATED)
                .map(Map.Entry::getKey).toList()).forEach(e -> stored.put(e.id, e));
        changes.forEach((id, change) -> {
            if (change == TimelineUpdated.Change.DELETED) {
                events.delete(stored.get(id));
            }
        });
        // only the sources that leave or join an event are written: rewriting all of a busy event's sources for each
        // new one made the work grow with the square of its sources
        events.deleteSources(leaving);
        events.flush();
        Map<Long, String> sentences = candidates.sentences(sentencesToWrite(changed, currentSources));
        changed.forEach(cluster -> storeEvent(cluster, stored.get(cluster.id()), sentences));
        events.flush();
        changed.forEach(cluster -> storeSources(cluster, currentSources.getOrDefault(cluster.id(), Map.of()),
                sentences));
        events.flush();
        return changes;
    }

    /** The candidates whose sentences the changed events need: each seed (the summary) and each new source. */
    private static Set<Long> sentencesToWrite(List<EventClustering.Cluster> changed,
                                              Map<String, Map<String, Long>> currentSources) {
        Set<Long> ids = new HashSet<>();
        for (EventClustering.Cluster cluster : changed) {
            ids.add(cluster.seed().candidateId());
            Map<String, Long> held = currentSources.getOrDefault(cluster.id(), Map.of());
            cluster.members().stream().filter(member -> !held.containsKey(row(member)))
                    .forEach(member -> ids.add(member.candidateId()));
        }
        return ids;
    }

    private void storeEvent(EventClustering.Cluster cluster, Event existing, Map<Long, String> sentences) {
        EventClustering.Member seed = cluster.seed();
        Event event = existing == null ? new Event() : existing;
        event.id = cluster.id();
        EventDate date = EventDate.of(seed.dateValue(), seed.granularity(), seed.modifier(), seed.rangeEnd());
        event.dateValue = seed.dateValue();
        event.granularity = seed.granularity();
        event.modifier = seed.modifier();
        event.rangeEnd = seed.rangeEnd();
        event.dateFrom = date.from();
        event.dateTo = date.to();
        event.summary = Summaries.of(sentences.get(seed.candidateId()));
        event.summaryLanguage = seed.language();
        event.entityIds = new HashSet<>(cluster.entityIds());
        event.updatedAt = Instant.now();
        if (existing == null) {
            events.persist(event);
        }
    }

    /**
     * The cluster's sources that its event does not hold yet, after all events, each kind of row in one run of inserts
     * that the JDBC driver batches.
     */
    private void storeSources(EventClustering.Cluster cluster, Map<String, Long> held, Map<Long, String> sentences) {
        for (EventClustering.Member member : cluster.members()) {
            if (held.containsKey(row(member))) {
                continue;
            }
            Source source = new Source();
            source.eventId = cluster.id();
            source.documentId = member.documentId();
            source.language = member.language();
            source.sentenceStart = member.sentenceStart();
            source.sentenceEnd = member.sentenceEnd();
            source.sentence = sentences.get(member.candidateId());
            source.dateStart = member.dateStart();
            events.persistSource(source);
        }
    }

    /**
     * Everything a source row holds that can differ for one document (whose text its id fixes): its key, and where
     * the sentence ends and its language, which a re-analysis may change.
     */
    private static String row(String documentId, int sentenceStart, int sentenceEnd, int dateStart, String language) {
        return EventClustering.key(documentId, sentenceStart, dateStart) + ":" + sentenceEnd + ":" + language;
    }

    private static String row(EventClustering.Member member) {
        return row(member.documentId(), member.sentenceStart(), member.sentenceEnd(), member.dateStart(),
                member.language());
    }

    private static EventClustering.Member member(LiveCandidate c) {
        return new EventClustering.Member(c.id(), c.documentId(), c.sentenceStart(), c.sentenceEnd(), c.dateStart(),
                c.language(), c.dateValue(), c.granularity(), c.modifier(), c.rangeEnd(), new HashSet<>(c.entityIds()));
    }

}
