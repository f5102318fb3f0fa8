package dev.polychron.timeline.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.support.messaging.KeyedSender;
import dev.polychron.timeline.domain.OutboxEntry;
import dev.polychron.timeline.repository.OutboxRepository;
import dev.polychron.timeline.service.OutboxService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox entries to timeline.events. One relay runs at a time across replicas (an advisory
 * lock), and it numbers entries as it publishes them, so the sequence is the stream's global order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 500;
    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final OutboxRepository outbox;
    private final Emitter<TimelineUpdated> emitter;
    private volatile boolean stopping;

    public OutboxRelay(OutboxRepository outbox, @Channel("timeline-events") Emitter<TimelineUpdated> emitter) {
        this.outbox = outbox;
        this.emitter = emitter;
    }

    // the first round waits: the scheduler starts before the messaging channels are wired, and a round then failed
    // (and logged the failure) every second until they were
    @Scheduled(every = "${polychron.outbox.poll-interval:1s}", delayed = "${polychron.outbox.start-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void publishPending() throws InterruptedException, ExecutionException, TimeoutException {
        if (stopping || !outbox.tryLockRelay()) {
            return;
        }
        List<OutboxEntry> pending = outbox.pending(BATCH);
        if (pending.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<Long> sequences = outbox.nextSequences(pending.size());
        CompletableFuture<?>[] acks = new CompletableFuture<?>[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            OutboxEntry entry = pending.get(i);
            entry.sequence = sequences.get(i);
            entry.publishedAt = now;
            acks[i] = KeyedSender.send(emitter, entry.eventId, OutboxService.toPayload(entry));
        }
        CompletableFuture.allOf(acks).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Unpublished entries stay in the outbox for the next start; publishing now would race the shutdown. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
