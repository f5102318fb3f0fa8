package dev.polychron.support.messaging;

import java.time.Duration;
import java.util.function.Supplier;

/** Pauses between attempts that double from {@code first} up to {@code max}; tests pass a pause that does not sleep. */
public final class Backoff {

    /** Waits for a while. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    public static final Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    private final Duration first;
    private final Duration max;
    private final Pause pause;

    public Backoff(Duration first, Duration max, Pause pause) {
        this.first = first;
        this.max = max;
        this.pause = pause;
    }

    /** The wait after {@code earlierPauses} pauses. */
    public Duration after(int earlierPauses) {
        Duration wait = first.multipliedBy(1L << Math.min(earlierPauses, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Waits {@code wait}; when interrupted, keeps the interrupt and throws what {@code gaveUp} gives. */
    public void pause(Duration wait, Supplier<GaveUpException> gaveUp) {
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw gaveUp.get();
        }
    }
}
