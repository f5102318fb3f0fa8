package dev.polychron.timeline.service;

import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.Source;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        List<Candidate> ofDocuments = new ArrayList<>();
        documentIds.forEach(id -> ofDocuments.addAll(candidates.ofDocument(id)));
        List<Event> holdingDocuments = eventsById(events.sourcesOfDocuments(documentIds).stream()
                .map(s -> s.eventId).collect(Collectors.toSet()));
        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        for (DateTier tier : DateTier.values()) {
            List<DateRange> ranges = new ArrayList<>();
            ofDocuments.stream().filter(c -> tier.holds(c.granularity))
                    .forEach(c -> ranges.add(new DateRange(c.dateFrom, c.dateTo)));
            holdingDocuments.stream().filter(e -> tier.holds(e.granularity))
                    .forEach(e -> ranges.add(new DateRange(e.dateFrom, e.dateTo)));
            for (Widened settled : settle(tier, DateRange.merge(ranges))) {
                changes.putAll(recluster(tier, settled.range(), settled.rows()));
            }
        }
        return changes;
    }

    /** The candidates of a tier in a range (with their documents' language) and the range they widen it to. */
    private record Widened(DateRange range, List<Object[]> rows, DateRange wider) {
    }

    /** Widens the ranges, joining those that come to overlap, until none grows. */
    private List<Widened> settle(DateTier tier, List<DateRange> ranges) {
        while (true) {
            List<Widened> widened = ranges.stream().map(range -> widen(tier, range)).toList();
            List<DateRange> next = DateRange.merge(widened.stream().map(Widened::wider).toList());
            if (next.equals(ranges)) {
                return widened;
            }
            ranges = next;
        }
    }

    private Widened widen(DateTier tier, DateRange range) {
        List<Object[]> rows = candidates.liveOverlapping(range.from(), range.to(), tier.granularities());
        DateRange wider = range;
        Set<String> documents = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Object[] row : rows) {
            Candidate c = (Candidate) row[0];
            wider = wider.span(c.dateFrom, c.dateTo);
            documents.add(c.documentId);
            keys.add(EventClustering.key(c.documentId, c.sentenceStart, c.dateStart));
        }
        Set<String> holding = events.sourcesOfDocuments(documents).stream()
                .filter(s -> keys.contains(EventClustering.key(s.documentId, s.sentenceStart, s.dateStart)))
                .map(s -> s.eventId).collect(Collectors.toSet());
        for (Event event : eventsById(holding)) {
            wider = wider.span(event.dateFrom, event.dateTo);
        }
        return new Widened(range, rows, wider);
    }

    private List<Event> eventsById(Set<String> ids) {
        return ids.isEmpty() ? List.of() : events.list("id in ?1", ids);
    }

    private Map<String, TimelineUpdated.Change> recluster(DateTier tier, DateRange range, List<Object[]> rows) {
        List<EventClustering.Cluster> clusters = EventClustering.cluster(rows.stream()
                .map(row -> member((Candidate) row[0], (String) row[1])).toList());
        Map<String, Event> current = new HashMap<>();
        events.overlapping(range.from(), range.to(), tier.granularities()).forEach(e -> current.put(e.id, e));
        Map<String, Set<String>> currentSources = new HashMap<>();
        events.sources(current.keySet()).forEach(s -> currentSources
                .computeIfAbsent(s.eventId, id -> new TreeSet<>())
                .add(EventClustering.key(s.documentId, s.sentenceStart, s.dateStart)));

        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        Set<String> wanted = clusters.stream().map(EventClustering.Cluster::id).collect(Collectors.toSet());
        for (Event stale : current.values()) {
            if (!wanted.contains(stale.id)) {
                events.delete(stale);
                changes.put(stale.id, TimelineUpdated.Change.DELETED);
            }
        }
        List<EventClustering.Cluster> changed = new ArrayList<>();
        for (EventClustering.Cluster cluster : clusters) {
            Event event = current.get(cluster.id());
            Set<String> sourceKeys = cluster.members().stream().map(EventClustering.Member::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (event == null) {
                changed.add(cluster);
                changes.put(cluster.id(), TimelineUpdated.Change.CREATED);
            } else if (!sourceKeys.equals(currentSources.getOrDefault(event.id, Set.of()))
                    || !event.entityIds.equals(cluster.entityIds())) {
                events.deleteSources(event.id);
                changed.add(cluster);
                changes.put(cluster.id(), TimelineUpdated.Change.UPDATED);
            }
        }
        events.flush();
        changed.forEach(cluster -> store(cluster, current.get(cluster.id())));
        return changes;
    }

    private void store(EventClustering.Cluster cluster, Event existing) {
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
        event.summary = Summaries.of(seed.sentence());
        event.summaryLanguage = seed.language();
        event.entityIds = new HashSet<>(cluster.entityIds());
        event.updatedAt = Instant.now();
        if (existing == null) {
            events.persist(event);
        }
        for (EventClustering.Member member : cluster.members()) {
            Source source = new Source();
            source.eventId = event.id;
            source.documentId = member.documentId();
            source.language = member.language();
            source.sentenceStart = member.sentenceStart();
            source.sentenceEnd = member.sentenceEnd();
            source.sentence = member.sentence();
            source.dateStart = member.dateStart();
            events.persistSource(source);
        }
    }

    private static EventClustering.Member member(Candidate c, String language) {
        return new EventClustering.Member(c.documentId, c.sentenceStart, c.sentenceEnd, c.dateStart, c.sentence,
                language, c.dateValue, c.granularity, c.modifier, c.rangeEnd, new HashSet<>(c.entityIdList()));
    }

}
