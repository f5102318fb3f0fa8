package dev.polychron.timeline.service;

import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.OutboxEntry;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records timeline changes in the outbox, in the transaction that makes them. */
@ApplicationScoped
public class OutboxService {

    private final OutboxRepository outbox;
    private final EventRepository events;
    private final EventViews views;

    public OutboxService(OutboxRepository outbox, EventRepository events, EventViews views) {
        this.outbox = outbox;
        this.events = events;
        this.views = views;
    }

    /** Records the current state of each changed event, by event id, with what happened to it. */
    public void recordChanges(Map<String, TimelineUpdated.Change> changes) {
        Map<String, TimelineUpdated.Change> ordered = new TreeMap<>(changes);
        List<Event> present = new ArrayList<>();
        ordered.replaceAll((eventId, change) -> {
            Event event = change == TimelineUpdated.Change.DELETED ? null : events.findById(eventId);
            if (event == null) {
                return TimelineUpdated.Change.DELETED;
            }
            present.add(event);
            return change;
        });
        for (TimelineEvent view : views.of(present, null)) {
            record(view.id(), ordered.get(view.id()), new String(Json.write(view), StandardCharsets.UTF_8));
        }
        ordered.forEach((eventId, change) -> {
            if (change == TimelineUpdated.Change.DELETED) {
                record(eventId, change, null);
            }
        });
    }

    private void record(String eventId, TimelineUpdated.Change change, String payload) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = eventId;
        entry.change = change;
        entry.payload = payload;
        entry.createdAt = Instant.now();
        outbox.persist(entry);
    }

    /** The published form of an outbox entry. */
    public static TimelineUpdated toPayload(OutboxEntry entry) {
        TimelineEvent event = entry.payload == null ? null
                : Json.read(entry.payload.getBytes(StandardCharsets.UTF_8), TimelineEvent.class);
        return new TimelineUpdated("timeline-" + entry.sequence, entry.publishedAt, TimelineUpdated.SCHEMA_VERSION,
                entry.sequence, entry.change, entry.eventId, event);
    }
}
