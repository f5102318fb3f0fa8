package dev.polychron.local;

import java.time.Duration;

/** Delays between automatic restarts of a crashing process: doubling up to a cap, forgotten after a stable run. */
final class RestartBackoff {

    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private int failures;

    RestartBackoff() {
        this(INITIAL, MAX, STABLE_AFTER);
    }

    RestartBackoff(Duration initial, Duration max, Duration stableAfter) {
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
    }

    /** The wait before restarting a process that has just exited after running for {@code uptime}. */
    synchronized Duration nextDelay(Duration uptime) {
        if (uptime.compareTo(stableAfter) >= 0) {
            failures = 0;
        }
        Duration delay = initial.multipliedBy(1L << Math.min(failures, 20));
        failures++;
        return delay.compareTo(max) > 0 ? max : delay;
    }

    synchronized void reset() {
        failures = 0;
    }
}
