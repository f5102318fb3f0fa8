package dev.polychron.timeline.service;

import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.OutboxEntry;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Records timeline changes in the outbox, in the transaction that makes them. */
@ApplicationScoped
public class OutboxService {

    /** Changed events whose views are built, written and let go together. */
    private static final int VIEW_CHUNK = 200;

    private final OutboxRepository outbox;
    private final EventRepository events;
    private final EventViews views;
    private final jakarta.enterprise.event.Event<TimelineChanged> timelineChanged;

    public OutboxService(OutboxRepository outbox, EventRepository events, EventViews views,
                         jakarta.enterprise.event.Event<TimelineChanged> timelineChanged) {
        this.outbox = outbox;
        this.events = events;
        this.views = views;
        this.timelineChanged = timelineChanged;
    }

    /**
     * Records the current state of each changed event, by event id, with what happened to it.
     *
     * @param documentIds the documents whose sentences the changes bring: each change carries those sources only
     */
    public void recordChanges(Map<String, TimelineUpdated.Change> changes, Collection<String> documentIds) {
        Map<String, TimelineUpdated.Change> ordered = new TreeMap<>(changes);
        List<String> kept = ordered.entrySet().stream().filter(e -> e.getValue() != TimelineUpdated.Change.DELETED)
                .map(Map.Entry::getKey).toList();
        // with their entities in the same query: loaded after them, sixteen events at a time, they took a query more
        // for each sixteen changes
        List<Event> present = new ArrayList<>(events.withIds(kept));
        present.sort(Comparator.comparing(e -> e.id));
        Set<String> presentIds = present.stream().map(e -> e.id).collect(Collectors.toSet());
        kept.stream().filter(id -> !presentIds.contains(id))
                .forEach(id -> ordered.put(id, TimelineUpdated.Change.DELETED));
        Instant now = Instant.now();
        for (int from = 0; from < present.size(); from += VIEW_CHUNK) {
            List<OutboxEntry> entries = new ArrayList<>();
            for (TimelineEvent view : views.changed(present.subList(from, Math.min(present.size(),
                    from + VIEW_CHUNK)), documentIds)) {
                entries.add(entry(view.id(), ordered.get(view.id()),
                        new String(Json.write(view), StandardCharsets.UTF_8), now));
            }
            outbox.append(entries);
            // the chunk's sources and mentions leave the session: a batch that changes thousands of busy events
            // held every one of them until it committed (and ran out of a 384 MB heap)
            EntityManager session = events.getEntityManager();
            session.flush();
            session.clear();
        }
        List<OutboxEntry> deletions = new ArrayList<>();
        ordered.forEach((eventId, change) -> {
            if (change == TimelineUpdated.Change.DELETED) {
                deletions.add(entry(eventId, change, null, now));
            }
        });
        outbox.append(deletions);
        if (!ordered.isEmpty()) {
            timelineChanged.fire(new TimelineChanged());
        }
    }

    private static OutboxEntry entry(String eventId, TimelineUpdated.Change change, String payload, Instant now) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = eventId;
        entry.change = change;
        entry.payload = payload;
        entry.createdAt = now;
        return entry;
    }

    /** The published form of an outbox entry. */
    public static TimelineUpdated toPayload(OutboxEntry entry) {
        return toPayload(entry.sequence, entry.publishedAt, entry.change, entry.eventId, entry.payload);
    }

    /** The published form of an entry given its number and time of publication. */
    public static TimelineUpdated toPayload(long sequence, Instant publishedAt, TimelineUpdated.Change change,
                                            String eventId, String payload) {
        TimelineEvent event = payload == null ? null
                : Json.read(payload.getBytes(StandardCharsets.UTF_8), TimelineEvent.class);
        return new TimelineUpdated("timeline-" + sequence, publishedAt, TimelineUpdated.SCHEMA_VERSION, sequence,
                change, eventId, event);
    }
}
