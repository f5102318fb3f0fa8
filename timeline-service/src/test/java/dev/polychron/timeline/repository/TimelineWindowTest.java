package dev.polychron.timeline.repository;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.domain.Event;
import dev.polychron.timeline.repository.EventRepository.TimelineFilter;
import dev.polychron.timeline.support.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date window pages through the events that started before it and still run in it, then those that start in it,
 * in date order: the two are read apart (see {@link EventRepository#page}).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class TimelineWindowTest {

    private static final String ENTITY = "ent-window-1650";
    private static final LocalDate FROM = LocalDate.of(1650, 1, 1);

    @Inject
    EventRepository events;

    @BeforeEach
    void storeEvents() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (events.findById("window-century") != null) {
                return;
            }
            store("window-century", Granularity.CENTURY, "1600-01-01", "1699-12-31");
            store("window-year-before", Granularity.YEAR, "1649-01-01", "1649-12-31");
            store("window-winter", Granularity.MONTH, "1649-12-01", "1650-01-31");
            store("window-year", Granularity.YEAR, "1650-01-01", "1650-12-31");
            store("window-day-b", Granularity.DAY, "1650-03-05", "1650-03-05");
            store("window-day-a", Granularity.DAY, "1650-03-05", "1650-03-05");
            store("window-last-day", Granularity.DAY, "1650-12-31", "1650-12-31");
            store("window-after", Granularity.DAY, "1651-01-01", "1651-01-01");
        });
    }

    @Test
    void shouldPageThroughTheEventsRunningInAWindowInDateOrder() {
        assertThat(pages(FROM, LocalDate.of(1650, 12, 31), 2)).containsExactly(
                List.of("window-century", "window-winter"),
                List.of("window-year", "window-day-a"),
                List.of("window-day-b", "window-last-day"));
    }

    @Test
    void shouldPageFromADateOnwardsBeginningWithTheEventsStillRunningOnIt() {
        assertThat(pages(FROM, null, 3)).containsExactly(
                List.of("window-century", "window-winter", "window-year"),
                List.of("window-day-a", "window-day-b", "window-last-day"),
                List.of("window-after"));
    }

    @Test
    void shouldPageUpToADate() {
        assertThat(pages(null, LocalDate.of(1649, 12, 31), 10))
                .containsExactly(List.of("window-century", "window-year-before", "window-winter"));
    }

    private List<List<String>> pages(LocalDate from, LocalDate to, int limit) {
        return TimelinePaging.pageIds(events, new TimelineFilter(List.of(ENTITY), from, to, null, null), limit);
    }

    private void store(String id, Granularity granularity, String from, String to) {
        Event event = new Event();
        event.id = id;
        event.dateValue = from;
        event.granularity = granularity;
        event.dateFrom = LocalDate.parse(from);
        event.dateTo = LocalDate.parse(to);
        event.summary = "An event of the window test";
        event.summaryLanguage = "en";
        event.updatedAt = Instant.now();
        event.entityIds = Set.of(ENTITY);
        events.persist(event);
    }
}
