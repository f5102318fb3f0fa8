package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.repository.EventRepository.TimelineFilter;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.ArrayList;
import java.util.List;

/** Reads a filtered timeline page by page, each after the last event of the one before, as the API's cursor does. */
final class TimelinePaging {

    private TimelinePaging() {
    }

    static List<List<String>> pageIds(EventRepository events, TimelineFilter filter, int limit) {
        List<List<String>> pages = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Event> page = events.page(filter, null, null, limit);
            while (!page.isEmpty()) {
                pages.add(page.stream().map(e -> e.id).toList());
                Event last = page.get(page.size() - 1);
                page = events.page(filter, last.dateFrom, last.id, limit);
            }
        });
        return pages;
    }
}
