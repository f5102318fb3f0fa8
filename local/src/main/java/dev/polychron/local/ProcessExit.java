package dev.polychron.local;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/** Waiting for a process that was asked to stop, and killing it when it does not within its grace period. */
final class ProcessExit {

    private static final Logger LOG = Logger.getLogger(ProcessExit.class.getName());
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private ProcessExit() {
    }

    static boolean await(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Waits up to {@code grace} for a process already signalled to stop, then SIGKILLs it. */
    static void killAfter(ProcessHandle process, Duration grace, String name) {
        if (!await(process, grace)) {
            LOG.warning(() -> name + " (pid " + process.pid() + ") did not stop within " + grace.toSeconds()
                    + " s; killing it");
            process.destroyForcibly();
            await(process, KILL_WAIT);
        }
    }
}
