package dev.polychron.timeline.service;

import dev.polychron.events.TimelineEvent;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.domain.OutboxEntry;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.EntityRepository;
import dev.polychron.timeline.repository.EventRepository;
import dev.polychron.timeline.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read side of the timeline: pages of events, single events, and the published change log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelineQueries {

    private final EventRepository events;
    private final EntityRepository entities;
    private final CurationRepository curation;
    private final OutboxRepository outbox;
    private final EventViews views;

    public TimelineQueries(EventRepository events, EntityRepository entities, CurationRepository curation,
                           OutboxRepository outbox, EventViews views) {
        this.events = events;
        this.entities = entities;
        this.curation = curation;
        this.outbox = outbox;
        this.views = views;
    }

    /** The query of a timeline page; null fields do not filter. */
    public record Query(String entity, LocalDate from, LocalDate to, String language, String text,
                        LocalDate afterFrom, String afterId, int limit) {
    }

    /** One page, plus whether more follow; the page has at most {@code limit} events. */
    public Page page(Query query) {
        List<String> entityIds = query.entity() == null ? null
                : entities.idsByIdOrAlias(curation.current(query.entity()));
        if (entityIds != null && entityIds.isEmpty()) {
            return new Page(List.of(), false);
        }
        var filter = new EventRepository.TimelineFilter(entityIds, query.from(), query.to(), query.language(),
                query.text());
        List<Event> rows = events.page(filter, query.afterFrom(), query.afterId(), query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<Event> page = more ? rows.subList(0, query.limit()) : rows;
        return new Page(views.of(page, query.language()), more);
    }

    public Optional<TimelineEvent> event(String id, String language) {
        return events.findByIdOptional(id).map(e -> views.of(List.of(e), language).get(0));
    }

    public List<OutboxEntry> changesAfter(long sequence, int limit) {
        return outbox.publishedAfter(sequence, limit);
    }

    /** A page of events and whether another page follows. */
    public record Page(List<TimelineEvent> events, boolean more) {
    }
}
