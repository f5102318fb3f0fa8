package dev.polychron.timeline.messaging;

import dev.polychron.timeline.service.TimelineChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

class OutboxRelayTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private OutboxRelay relay;

    @AfterEach
    void stop() throws InterruptedException {
        relay.stop(null);
    }

    @Test
    void shouldPublishAsSoonAsACommitHereRecordedChangesNotAtTheNextPoll() {
        AtomicInteger rounds = new AtomicInteger();
        relay = new OutboxRelay(() -> {
            rounds.incrementAndGet();
            return false;
        }, HOUR, Duration.ZERO);
        relay.start(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);

        relay.wake(new TimelineChanged());

        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
    }

    @Test
    void shouldPublishTheNextBatchAtOnceWhileMoreAreWaiting() {
        Deque<Boolean> moreWaiting = new ArrayDeque<>(List.of(true, true, false));
        AtomicInteger rounds = new AtomicInteger();
        relay = new OutboxRelay(() -> {
            rounds.incrementAndGet();
            return moreWaiting.isEmpty() ? false : moreWaiting.removeFirst();
        }, HOUR, Duration.ZERO);

        relay.start(null);

        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 3);
    }

    @Test
    void shouldKeepRelayingAfterARoundFails() {
        AtomicInteger rounds = new AtomicInteger();
        relay = new OutboxRelay(() -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("broker unreachable");
            }
            return false;
        }, Duration.ofMillis(50), Duration.ZERO);

        relay.start(null);

        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 2);
    }
}
