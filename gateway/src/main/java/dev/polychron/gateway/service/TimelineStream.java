package dev.polychron.gateway.service;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Fans timeline changes out to stream subscribers. It keeps the most recent changes, up to a number and a memory
 * budget, so that a subscriber resuming after a sequence number gets what it missed, then the live changes, each once
 * and in sequence order.
 */
@ApplicationScoped
public class TimelineStream {

    private final int capacity;
    private final long memoryBudget;
    private final Deque<StreamedChange> recent = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private long heldBytes;

    @Inject
    public TimelineStream(GatewayConfig config) {
        this(config.streamReplayBuffer(), config.streamReplayMemory().asLongValue());
    }

    TimelineStream(int capacity, long memoryBudget) {
        this.capacity = capacity;
        this.memoryBudget = memoryBudget;
    }

    public void publish(TimelineUpdated update) {
        StreamedChange change = StreamedChange.of(update);
        synchronized (this) {
            recent.addLast(change);
            heldBytes += change.heldBytes();
            while (!recent.isEmpty() && (recent.size() > capacity || heldBytes > memoryBudget)) {
                heldBytes -= recent.removeFirst().heldBytes();
            }
            subscribers.forEach(s -> s.offer(change));
        }
    }

    /** The oldest sequence still held, or {@code Long.MAX_VALUE} when nothing is held. */
    public synchronized long oldestHeld() {
        return recent.isEmpty() ? Long.MAX_VALUE : recent.peekFirst().sequence();
    }

    /** How many changes are held now. */
    public synchronized int held() {
        return recent.size();
    }

    /**
     * Sends {@code sink} the changes after {@code after} that match {@code filter}: first {@code older} (fetched
     * elsewhere), then those held here, then live ones as they are published, until the returned handle is run. A
     * negative {@code after} (a new subscriber, not a resuming one) gets only the live changes.
     */
    public Runnable subscribe(long after, List<StreamedChange> older, Predicate<StreamedChange> filter,
                              Consumer<StreamedChange> sink) {
        Subscriber subscriber = new Subscriber(sink, after, filter);
        older.forEach(subscriber::offer);
        synchronized (this) {
            if (after >= 0) {
                recent.forEach(subscriber::offer);
            }
            subscribers.add(subscriber);
        }
        return () -> subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** One stream subscriber: it skips what it has already been past, so nothing arrives twice. */
    private static final class Subscriber {

        private final Consumer<StreamedChange> sink;
        private final Predicate<StreamedChange> filter;
        private long lastSequence;

        Subscriber(Consumer<StreamedChange> sink, long after, Predicate<StreamedChange> filter) {
            this.sink = sink;
            this.filter = filter;
            this.lastSequence = after;
        }

        synchronized void offer(StreamedChange change) {
            if (change.sequence() <= lastSequence) {
                return;
            }
            lastSequence = change.sequence();
            if (filter.test(change)) {
                sink.accept(change);
            }
        }
    }
}
