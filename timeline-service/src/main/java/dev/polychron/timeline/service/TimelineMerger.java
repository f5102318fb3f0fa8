package dev.polychron.timeline.service;

import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.Source;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Merges a document's event candidates into the timeline. A candidate joins an event when their dates agree at
 * their common granularity and they share an entity (or both have none); otherwise it starts a new event.
 */
@ApplicationScoped
public class TimelineMerger {

    private final EventRepository events;
    private final CandidateRepository candidates;

    public TimelineMerger(EventRepository events, CandidateRepository candidates) {
        this.events = events;
        this.candidates = candidates;
    }

    /**
     * Brings the document's sources in line with its candidates: new ones are merged, vanished ones leave.
     *
     * @return the changed events by id
     */
    public Map<String, TimelineUpdated.Change> index(Document document) {
        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        Map<String, Source> existing = new HashMap<>();
        events.sourcesOfDocument(document.id).forEach(s -> existing.put(key(s.sentenceStart, s.dateStart), s));
        for (Candidate candidate : candidates.ofDocument(document.id)) {
            if (existing.remove(key(candidate.sentenceStart, candidate.dateStart)) == null) {
                merge(document, candidate, changes);
            }
        }
        existing.values().forEach(source -> removeSource(source, changes));
        return changes;
    }

    /** Takes every source of the document out of its event; events left without sources disappear. */
    public Map<String, TimelineUpdated.Change> remove(String documentId) {
        Map<String, TimelineUpdated.Change> changes = new HashMap<>();
        events.sourcesOfDocument(documentId).forEach(source -> removeSource(source, changes));
        return changes;
    }

    private void merge(Document document, Candidate candidate, Map<String, TimelineUpdated.Change> changes) {
        EventDate date = EventDate.of(candidate.dateValue, candidate.granularity, candidate.modifier,
                candidate.rangeEnd);
        events.lockMergeScope(date.from().getYear());
        Set<String> entityIds = new HashSet<>(candidate.entityIdList());
        Optional<Event> match = events.overlapping(date.from(), date.to()).stream()
                .filter(e -> sameDate(e.dateValue, candidate.dateValue) && sharesEntities(e.entityIds, entityIds))
                .max(Comparator.comparingInt((Event e) -> overlap(e.entityIds, entityIds))
                        .thenComparing(e -> e.id, Comparator.reverseOrder()));
        Event event = match.orElseGet(() -> newEvent(document, candidate, date));
        if (match.isPresent()) {
            refine(event, candidate, date);
            changes.putIfAbsent(event.id, TimelineUpdated.Change.UPDATED);
        } else {
            changes.put(event.id, TimelineUpdated.Change.CREATED);
        }
        event.entityIds.addAll(entityIds);
        event.updatedAt = Instant.now();

        Source source = new Source();
        source.eventId = event.id;
        source.documentId = document.id;
        source.language = document.language;
        source.sentenceStart = candidate.sentenceStart;
        source.sentenceEnd = candidate.sentenceEnd;
        source.sentence = candidate.sentence;
        source.dateStart = candidate.dateStart;
        events.persistSource(source);
    }

    private Event newEvent(Document document, Candidate candidate, EventDate date) {
        Event event = new Event();
        event.id = UUID.randomUUID().toString();
        event.dateValue = candidate.dateValue;
        event.granularity = candidate.granularity;
        event.modifier = candidate.modifier;
        event.rangeEnd = candidate.rangeEnd;
        event.dateFrom = date.from();
        event.dateTo = date.to();
        event.summary = Summaries.of(candidate.sentence);
        event.summaryLanguage = document.language;
        event.updatedAt = Instant.now();
        events.persist(event);
        return event;
    }

    /** A finer date from a new source sharpens the event's date. */
    private static void refine(Event event, Candidate candidate, EventDate date) {
        if (candidate.granularity.compareTo(event.granularity) < 0) {
            event.dateValue = candidate.dateValue;
            event.granularity = candidate.granularity;
            event.modifier = candidate.modifier;
            event.rangeEnd = candidate.rangeEnd;
            event.dateFrom = date.from();
            event.dateTo = date.to();
        }
    }

    private void removeSource(Source source, Map<String, TimelineUpdated.Change> changes) {
        events.deleteSource(source);
        events.getEntityManager().flush();
        if (events.countSources(source.eventId) == 0) {
            events.deleteById(source.eventId);
            changes.put(source.eventId, TimelineUpdated.Change.DELETED);
        } else {
            changes.putIfAbsent(source.eventId, TimelineUpdated.Change.UPDATED);
        }
    }

    /** Two TIMEX values agree at their common granularity when one is a prefix of the other ("2014", "2014-04"). */
    static boolean sameDate(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static boolean sharesEntities(Set<String> a, Set<String> b) {
        return a.isEmpty() && b.isEmpty() || overlap(a, b) > 0;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static String key(int sentenceStart, int dateStart) {
        return sentenceStart + ":" + dateStart;
    }
}
