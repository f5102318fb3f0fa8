package dev.polychron.timeline.messaging;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.support.messaging.KeyedSender;
import dev.polychron.timeline.repository.OutboxRepository;
import dev.polychron.timeline.repository.OutboxRepository.Pending;
import dev.polychron.timeline.service.OutboxService;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Publishes committed outbox entries to timeline.events. One publisher runs at a time across replicas (an advisory
 * lock), and it numbers entries as it publishes them, so the sequence is the stream's global order.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final int BATCH = 500;
    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final OutboxRepository outbox;
    private final Emitter<TimelineUpdated> emitter;

    public OutboxPublisher(OutboxRepository outbox, @Channel("timeline-events") Emitter<TimelineUpdated> emitter) {
        this.outbox = outbox;
        this.emitter = emitter;
    }

    /**
     * Publishes one batch of the unpublished entries; answers whether more may be waiting right now. A refused or
     * unacknowledged send rolls the batch back (checked exceptions would otherwise commit it): its entries stay
     * unpublished and go again in a later round.
     */
    @Transactional(rollbackOn = Exception.class)
    public boolean publishPending() throws InterruptedException, ExecutionException, TimeoutException {
        if (!outbox.tryLockRelay()) {
            return false;
        }
        List<Pending> pending = outbox.pending(BATCH);
        if (pending.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        List<Long> sequences = outbox.nextSequences(pending.size());
        CompletableFuture<?>[] acks = new CompletableFuture<?>[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            Pending entry = pending.get(i);
            acks[i] = KeyedSender.send(emitter, entry.eventId(), OutboxService.toPayload(sequences.get(i), now,
                    entry.change(), entry.eventId(), entry.payload()));
        }
        CompletableFuture.allOf(acks).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        outbox.markPublished(pending.stream().map(Pending::id).toList(), sequences, now);
        return pending.size() == BATCH;
    }
}
