package dev.polychron.gateway.service;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Fans timeline changes out to stream subscribers. It keeps the most recent changes, up to a number and a memory
 * budget, so that a subscriber resuming after a sequence number gets what it missed, then the live changes, each once
 * and in sequence order.
 * <p>
 * Published changes go out on a thread of their own, every change that arrived since the last round in one offer to
 * each subscriber: a burst of hundreds of changes (one indexed batch) is then one write per subscriber, not hundreds.
 */
// created at start, so that its metrics are there before the first subscriber
@Startup
@ApplicationScoped
public class TimelineStream {

    private final int capacity;
    private final long memoryBudget;
    private final Executor fanOut;
    private final Deque<StreamedChange> recent = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong subscriptions = new AtomicLong();
    private List<StreamedChange> unsent = new ArrayList<>();
    private boolean roundScheduled;
    private long heldBytes;
    /** The sequence of the last change let go of (they go oldest first), or -1. */
    private long droppedThrough = -1;

    @Inject
    public TimelineStream(GatewayConfig config, MeterRegistry metrics) {
        this(config.streamReplayBuffer(), config.streamReplayMemory().asLongValue(),
                Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "stream-fan-out");
                    thread.setDaemon(true);
                    return thread;
                }));
        Gauge.builder("polychron.stream.subscribers", subscribers, Set::size)
                .description("Stream subscribers connected to this gateway now").register(metrics);
        FunctionCounter.builder("polychron.stream.subscriptions", subscriptions, AtomicLong::get)
                .description("Stream subscriptions this gateway has started, resumed ones included").register(metrics);
    }

    /** With {@code fanOut} {@code Runnable::run}, each change reaches the subscribers before publish returns. */
    TimelineStream(int capacity, long memoryBudget, Executor fanOut) {
        this.capacity = capacity;
        this.memoryBudget = memoryBudget;
        this.fanOut = fanOut;
    }

    /** Holds the changes and sends them, in their order, in the next round. */
    public void publish(List<TimelineUpdated> updates) {
        List<StreamedChange> changes = updates.stream().map(StreamedChange::of).toList();
        synchronized (this) {
            for (StreamedChange change : changes) {
                recent.addLast(change);
                heldBytes += change.heldBytes();
            }
            while (!recent.isEmpty() && (recent.size() > capacity || heldBytes > memoryBudget)) {
                StreamedChange dropped = recent.removeFirst();
                heldBytes -= dropped.heldBytes();
                droppedThrough = dropped.sequence();
            }
            unsent.addAll(changes);
            if (roundScheduled || changes.isEmpty()) {
                return;
            }
            roundScheduled = true;
        }
        fanOut.execute(this::sendRound);
    }

    private void sendRound() {
        List<StreamedChange> round;
        synchronized (this) {
            round = unsent;
            unsent = new ArrayList<>();
            roundScheduled = false;
        }
        subscribers.forEach(subscriber -> subscriber.offer(round));
    }

    @PreDestroy
    void stop() {
        if (fanOut instanceof ExecutorService service) {
            service.shutdownNow();
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
     * negative {@code after} (a new subscriber, not a resuming one) gets only the live changes. When {@code older}
     * is not all the history up to what is held here ({@code olderWhole} false: its reading stopped short), or a
     * change after the last one the subscriber has (the last of {@code older}, else {@code after}) has already been
     * let go of here, it gets {@code older} alone and no handle: its stream should end, and resume after
     * {@code older}. That happens to a subscriber further behind than the history read for it, or when a burst came
     * while it was read.
     */
    public Optional<Runnable> subscribe(long after, List<StreamedChange> older, boolean olderWhole,
                                        Predicate<StreamedChange> filter, Consumer<List<StreamedChange>> sink) {
        Subscriber subscriber = new Subscriber(sink, after, filter);
        synchronized (this) {
            long has = older.isEmpty() ? after : older.get(older.size() - 1).sequence();
            boolean gap = after >= 0 && (!olderWhole || droppedThrough > has);
            // one offer: a replay sent in two would find the connection still busy with the first part, as if lagging
            List<StreamedChange> missed = new ArrayList<>(older);
            if (after >= 0 && !gap) {
                missed.addAll(recent);
            }
            subscriber.offer(missed);
            if (gap) {
                return Optional.empty();
            }
            subscribers.add(subscriber);
            subscriptions.incrementAndGet();
        }
        return Optional.of(() -> subscribers.remove(subscriber));
    }

    /**
     * One stream subscriber: it skips what it has already been past, so nothing arrives twice. Its first offer is
     * what it missed (possibly nothing), then come the live rounds.
     */
    private static final class Subscriber {

        private final Consumer<List<StreamedChange>> sink;
        private final Predicate<StreamedChange> filter;
        private long lastSequence;
        private boolean caughtUp;

        Subscriber(Consumer<List<StreamedChange>> sink, long after, Predicate<StreamedChange> filter) {
            this.sink = sink;
            this.filter = filter;
            this.lastSequence = after;
        }

        synchronized void offer(List<StreamedChange> changes) {
            List<StreamedChange> news = new ArrayList<>();
            for (StreamedChange change : changes) {
                if (change.sequence() > lastSequence) {
                    lastSequence = change.sequence();
                    if (filter.test(change)) {
                        news.add(change);
                    }
                }
            }
            // the first offer, the catch-up, reaches the sink even empty: what it holds is then never a live round
            if (!news.isEmpty() || !caughtUp) {
                caughtUp = true;
                sink.accept(news);
            }
        }
    }
}
