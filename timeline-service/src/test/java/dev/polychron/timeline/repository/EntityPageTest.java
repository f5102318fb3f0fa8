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
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity's page reads the entity's rows of the timeline in the order of their copied start dates (migration
 * V16): the copy must follow its event's date and entities, and an event of two of the asked entities comes once.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class EntityPageTest {

    @Inject
    EventRepository events;

    @Test
    void shouldPageThroughTheEventsOfSeveralEntitiesOnceEachInDateOrder() {
        QuarkusTransaction.requiringNew().run(() -> {
            store("both-b", "1701-05-01", "ent-page-a", "ent-page-b");
            store("only-a", "1701-03-01", "ent-page-a");
            store("only-b", "1701-04-01", "ent-page-b");
            store("both-a", "1701-05-01", "ent-page-a", "ent-page-b");
            store("neither", "1701-04-15", "ent-page-c");
        });

        assertThat(pages(List.of("ent-page-a", "ent-page-b"), 2)).containsExactly(
                List.of("only-a", "only-b"), List.of("both-a", "both-b"));
        assertThat(pages(List.of("ent-page-b"), 2)).containsExactly(List.of("only-b", "both-a"), List.of("both-b"));
    }

    @Test
    void shouldFollowAnEventWhoseDateOrEntitiesChange() {
        QuarkusTransaction.requiringNew().run(() -> {
            store("moving-early", "1702-01-10", "ent-moving");
            store("moving-late", "1702-06-10", "ent-moving");
            store("moving-joins", "1702-03-10", "ent-other");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Event early = events.findById("moving-early");
            early.dateFrom = LocalDate.parse("1702-12-10");
            early.dateTo = early.dateFrom;
            events.findById("moving-joins").entityIds = new HashSet<>(Set.of("ent-other", "ent-moving"));
        });

        assertThat(pages(List.of("ent-moving"), 10))
                .containsExactly(List.of("moving-joins", "moving-late", "moving-early"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(events.page(
                new TimelineFilter(List.of("ent-moving"), LocalDate.parse("1702-12-01"), null, null, null),
                null, null, 10)).extracting(e -> e.id).containsExactly("moving-early"));
    }

    private List<List<String>> pages(List<String> entityIds, int limit) {
        return TimelinePaging.pageIds(events, new TimelineFilter(entityIds, null, null, null, null), limit);
    }

    private void store(String id, String day, String... entityIds) {
        Event event = new Event();
        event.id = id;
        event.dateValue = day;
        event.granularity = Granularity.DAY;
        event.dateFrom = LocalDate.parse(day);
        event.dateTo = event.dateFrom;
        event.summary = "An event of the entity page test";
        event.summaryLanguage = "en";
        event.updatedAt = Instant.now();
        event.entityIds = new HashSet<>(Set.of(entityIds));
        events.persist(event);
    }
}
