package dev.polychron.local;

import java.util.logging.LogManager;

/**
 * The CLI's log manager. JUL's own shutdown hook resets logging while the stack's hook is still stopping processes;
 * this one ignores that reset, so the stop messages still reach the console. The JVM exits right after anyway.
 */
public final class ShutdownSafeLogManager extends LogManager {

    @Override
    public void reset() {
        if (!shuttingDown()) {
            super.reset();
        }
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
