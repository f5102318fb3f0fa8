package dev.polychron.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One child process that is restarted with back-off whenever it dies without being asked to. */
final class SupervisedProcess {

    private static final Logger LOG = Logger.getLogger(SupervisedProcess.class.getName());
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ProcessSpec spec;
    private final StackHome home;
    private final ScheduledExecutorService scheduler;
    private final RestartBackoff backoff = new RestartBackoff();

    private Process process;
    private Instant startedAt = Instant.now();
    private int generation;
    private boolean stopped;
    private ScheduledFuture<?> pendingRestart;

    SupervisedProcess(ProcessSpec spec, StackHome home, ScheduledExecutorService scheduler) {
        this.spec = spec;
        this.home = home;
        this.scheduler = scheduler;
    }

    String name() {
        return spec.name();
    }

    ProcessRole role() {
        return spec.role();
    }

    synchronized void start() throws IOException {
        if (stopped) {
            return;
        }
        Files.writeString(home.logFile(name()), "---- " + Instant.now() + " starting " + name() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(spec.command())
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logFile(name()).toFile()));
        builder.environment().putAll(spec.environment());
        Process started = builder.start();
        process = started;
        startedAt = Instant.now();
        int launched = ++generation;
        home.writePid(name(), started.pid());
        started.onExit().thenAccept(exited -> onExit(exited, launched));
    }

    synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    synchronized Instant startedAt() {
        return startedAt;
    }

    boolean isReady() {
        if (pid().isEmpty()) {
            return false;
        }
        try {
            return spec.readiness().isReady();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Kills the process at once, as a crash would; the supervisor then restarts it with back-off. */
    void kill() {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current != null) {
            current.destroyForcibly();
            ProcessExit.await(current.toHandle(), KILL_WAIT);
        }
    }

    /** Stops the process gracefully and starts it again at once, without back-off. */
    synchronized void restartNow(Duration grace) throws IOException {
        if (stopped) {
            return;
        }
        LOG.info(() -> "restarting " + name() + " on request");
        cancelPendingRestart();
        generation++;
        if (process != null) {
            terminate(process, grace);
        }
        backoff.reset();
        start();
    }

    /** Asks the process to stop (SIGTERM) and prevents any further restart. */
    synchronized void requestStop() {
        stopped = true;
        cancelPendingRestart();
        if (process != null) {
            process.destroy();
        }
    }

    /** Waits for a stop requested by {@link #requestStop()}, killing the process when {@code grace} runs out. */
    void awaitStop(Duration grace) {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null) {
            return;
        }
        ProcessExit.killAfter(current.toHandle(), grace, name());
        try {
            home.deletePid(name(), current.pid());
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete the pid file of " + name(), e);
        }
    }

    private synchronized void onExit(Process exited, int launched) {
        if (stopped || launched != generation) {
            return;
        }
        Duration uptime = Duration.between(startedAt, Instant.now());
        Duration delay = backoff.nextDelay(uptime);
        LOG.warning(() -> name() + " exited with code " + exited.exitValue() + " after " + uptime.toSeconds()
                + " s; restarting in " + delay.toSeconds() + " s (log: " + home.logFile(name()) + ")");
        pendingRestart = scheduler.schedule(this::restartAfterCrash, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restartAfterCrash() {
        if (stopped || process != null && process.isAlive()) {
            return;
        }
        try {
            start();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not restart " + name(), e);
            Duration delay = backoff.nextDelay(Duration.ZERO);
            pendingRestart = scheduler.schedule(this::restartAfterCrash, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cancelPendingRestart() {
        if (pendingRestart != null) {
            pendingRestart.cancel(false);
            pendingRestart = null;
        }
    }

    private void terminate(Process target, Duration grace) {
        target.destroy();
        ProcessExit.killAfter(target.toHandle(), grace, name());
    }
}
