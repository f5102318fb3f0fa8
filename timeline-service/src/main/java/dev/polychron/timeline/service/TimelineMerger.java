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
import java.time.LocalDate;
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
 * Keeps the stored events equal to the clustering of the stored candidates (see {@link EventClustering}): after a
 * document changes, the candidates whose dates overlap its dates are clustered again and the events of that date
 * range are brought in line — created, updated or deleted — so the timeline never depends on upload order.
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
     * Re-clusters the dates the document's candidates and its current events cover, widened until every candidate
     * in the range and every event holding one of them lies inside it; answers the changed events.
     */
    public Map<String, TimelineUpdated.Change> index(String documentId) {
        return indexDocuments(List.of(documentId));
    }

    /** {@link #index(String)} for several documents at once, in one re-clustering of the dates they cover. */
    public Map<String, TimelineUpdated.Change> indexDocuments(Collection<String> documentIds) {
        lock();
        List<LocalDate[]> ranges = new ArrayList<>();
        documentIds.forEach(id -> candidates.ofDocument(id)
                .forEach(c -> ranges.add(new LocalDate[] {c.dateFrom, c.dateTo})));
        Set<String> eventIds = events.sourcesOfDocuments(documentIds).stream().map(s -> s.eventId)
                .collect(Collectors.toSet());
        eventsById(eventIds).forEach(e -> ranges.add(new LocalDate[] {e.dateFrom, e.dateTo}));
        if (ranges.isEmpty()) {
            return Map.of();
        }
        LocalDate from = ranges.stream().map(r -> r[0]).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = ranges.stream().map(r -> r[1]).max(LocalDate::compareTo).orElseThrow();
        while (true) {
            List<Object[]> rows = candidates.liveOverlapping(from, to);
            LocalDate widerFrom = from;
            LocalDate widerTo = to;
            Set<String> documents = new HashSet<>();
            for (Object[] row : rows) {
                Candidate c = (Candidate) row[0];
                widerFrom = min(widerFrom, c.dateFrom);
                widerTo = max(widerTo, c.dateTo);
                documents.add(c.documentId);
            }
            Set<String> holding = events.sourcesOfDocuments(documents).stream().map(s -> s.eventId)
                    .collect(Collectors.toSet());
            for (Event event : eventsById(holding)) {
                widerFrom = min(widerFrom, event.dateFrom);
                widerTo = max(widerTo, event.dateTo);
            }
            if (widerFrom.equals(from) && widerTo.equals(to)) {
                return recluster(from, to);
            }
            from = widerFrom;
            to = widerTo;
        }
    }

    private List<Event> eventsById(Set<String> ids) {
        return ids.isEmpty() ? List.of() : events.list("id in ?1", ids);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Map<String, TimelineUpdated.Change> recluster(LocalDate from, LocalDate to) {
        List<EventClustering.Cluster> clusters = EventClustering.cluster(candidates.liveOverlapping(from, to)
                .stream().map(row -> member((Candidate) row[0], (String) row[1])).toList());
        Map<String, Event> current = new HashMap<>();
        events.overlapping(from, to).forEach(e -> current.put(e.id, e));
        Map<String, Set<String>> currentSources = new HashMap<>();
        events.sources(current.keySet()).forEach(s -> currentSources
                .computeIfAbsent(s.eventId, id -> new TreeSet<>()).add(key(s)));

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

    private static String key(Source source) {
        return source.documentId + ":" + source.sentenceStart + ":" + source.dateStart;
    }
}
