package dev.polychron.timeline.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.OutboxEntry;
import dev.polychron.timeline.repository.OutboxRepository;
import dev.polychron.timeline.support.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A round the broker never acknowledges leaves its entries unpublished, to go again in a later round. */
@QuarkusTest
@TestProfile(OutboxPublisherFailureTest.UnreachableBroker.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxPublisherFailureTest {

    /** timeline.events on a broker address nothing listens on; the relay thread stays asleep, the test drives rounds. */
    public static class UnreachableBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.timeline-events.connector", "smallrye-kafka",
                    "mp.messaging.outgoing.timeline-events.bootstrap.servers", "127.0.0.1:1",
                    "polychron.outbox.start-delay", "1h");
        }
    }

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxRepository outbox;

    @Test
    void shouldLeaveTheEntriesUnpublishedWhenTheBrokerDoesNotAcknowledge() {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = "event-unacknowledged";
        entry.change = TimelineUpdated.Change.DELETED;
        entry.createdAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(List.of(entry)));

        assertThatThrownBy(publisher::publishPending).isInstanceOf(TimeoutException.class);

        List<String> pending = QuarkusTransaction.requiringNew().call(() -> outbox.pending(OutboxPublisher.BATCH)
                .stream().map(OutboxRepository.Pending::eventId).toList());
        assertThat(pending).contains("event-unacknowledged");
    }
}
