package dev.polychron.gateway.service;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import dev.polychron.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Fans timeline changes out to stream subscribers. It keeps the most recent changes so that a subscriber resuming
 * after a sequence number gets what it missed, then the live changes, each once and in sequence order.
 */
@ApplicationScoped
public class TimelineStream {

    private final int capacity;
    private final Deque<TimelineUpdated> recent = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> jsonBySequence = new ConcurrentHashMap<>();

    public TimelineStream(GatewayConfig config) {
        this.capacity = config.streamReplayBuffer();
    }

    public synchronized void publish(TimelineUpdated change) {
        recent.addLast(change);
        jsonBySequence.put(change.sequence(), write(change));
        while (recent.size() > capacity) {
            jsonBySequence.remove(recent.removeFirst().sequence());
        }
        subscribers.forEach(s -> s.offer(change));
    }

    /** The change as JSON: written once while it is held, however many subscribers receive it. */
    public String json(TimelineUpdated change) {
        String held = jsonBySequence.get(change.sequence());
        return held != null ? held : write(change);
    }

    private static String write(TimelineUpdated change) {
        return new String(Json.write(change), StandardCharsets.UTF_8);
    }

    /** The oldest sequence still held, or {@code Long.MAX_VALUE} when nothing is held. */
    public synchronized long oldestHeld() {
        return recent.isEmpty() ? Long.MAX_VALUE : recent.peekFirst().sequence();
    }

    /**
     * Changes after {@code after} that match {@code filter}: first {@code older} (fetched elsewhere), then those held
     * here, then live ones.
     */
    public Multi<TimelineUpdated> subscribe(long after, List<TimelineUpdated> older, Predicate<TimelineUpdated> filter) {
        return Multi.createFrom().emitter(emitter -> {
            Subscriber subscriber = new Subscriber(emitter, after, filter);
            older.forEach(subscriber::offer);
            synchronized (this) {
                recent.forEach(subscriber::offer);
                subscribers.add(subscriber);
            }
            emitter.onTermination(() -> subscribers.remove(subscriber));
        }, BackPressureStrategy.BUFFER);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** One stream subscriber: it skips what it has already been past, so nothing arrives twice. */
    private static final class Subscriber {

        private final MultiEmitter<? super TimelineUpdated> emitter;
        private final Predicate<TimelineUpdated> filter;
        private long lastSequence;

        Subscriber(MultiEmitter<? super TimelineUpdated> emitter, long after, Predicate<TimelineUpdated> filter) {
            this.emitter = emitter;
            this.filter = filter;
            this.lastSequence = after;
        }

        synchronized void offer(TimelineUpdated change) {
            if (change.sequence() <= lastSequence) {
                return;
            }
            lastSequence = change.sequence();
            if (filter.test(change)) {
                emitter.emit(change);
            }
        }
    }
}
