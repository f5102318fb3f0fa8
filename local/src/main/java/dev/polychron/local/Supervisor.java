package dev.polychron.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the stack's child processes running as Kubernetes would: restarts the ones that die, serves restart requests
 * from other shells, and stops services before the infrastructure they need.
 */
final class Supervisor {

    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(Supervisor.class.getName());
    private static final Duration POLL = Duration.ofMillis(250);

    private final StackHome home;
    private final Map<String, SupervisedProcess> processes = new LinkedHashMap<>();
    private boolean stopping;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "polychron-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    Supervisor(StackHome home) {
        this.home = home;
        scheduler.scheduleWithFixedDelay(this::serveRestartRequests, POLL.toMillis(), POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void start(ProcessSpec spec) throws IOException {
        SupervisedProcess process = new SupervisedProcess(spec, home, scheduler);
        synchronized (processes) {
            if (stopping) {
                throw new IllegalStateException("the stack is stopping; not starting " + spec.name());
            }
            if (processes.putIfAbsent(spec.name(), process) != null) {
                throw new IllegalStateException(spec.name() + " is already supervised");
            }
        }
        process.start();
    }

    SupervisedProcess process(String name) {
        synchronized (processes) {
            SupervisedProcess process = processes.get(name);
            if (process == null) {
                throw new IllegalArgumentException("no process named " + name + "; running: " + processes.keySet());
            }
            return process;
        }
    }

    Set<String> names() {
        synchronized (processes) {
            return new LinkedHashSet<>(processes.keySet());
        }
    }

    /**
     * Waits until every named process is ready, logging each one's start time as it gets there.
     *
     * @throws IllegalStateException when {@code timeout} runs out or {@code abandoned} turns true
     */
    void awaitReady(Collection<String> names, Duration timeout, BooleanSupplier abandoned) {
        Instant deadline = Instant.now().plus(timeout);
        Set<String> waiting = new LinkedHashSet<>(names);
        while (!waiting.isEmpty()) {
            for (String name : List.copyOf(waiting)) {
                SupervisedProcess process = process(name);
                if (process.isReady()) {
                    waiting.remove(name);
                    Duration took = Duration.between(process.startedAt(), Instant.now());
                    LOG.info(() -> String.format("  %-17s ready in %.1f s", name, took.toMillis() / 1000.0));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (abandoned.getAsBoolean()) {
                throw new IllegalStateException("the stack was stopped while waiting for " + waiting);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: " + waiting
                        + " (see the logs in " + home.logs() + ")");
            }
            sleep(POLL);
        }
    }

    /** Stops services first, then infrastructure, each group in parallel: SIGTERM, then SIGKILL after the grace. */
    void stopAll() {
        List<SupervisedProcess> all;
        synchronized (processes) {
            stopping = true;
            all = new ArrayList<>(processes.values());
        }
        stopGroup(all.stream().filter(process -> process.role() == ProcessRole.SERVICE).toList());
        stopGroup(all.stream().filter(process -> process.role() == ProcessRole.INFRASTRUCTURE).toList());
        scheduler.shutdownNow();
    }

    private void stopGroup(List<SupervisedProcess> group) {
        group.forEach(SupervisedProcess::requestStop);
        List<Thread> waiters = group.stream()
                .map(process -> new Thread(() -> process.awaitStop(STOP_GRACE), "polychron-stop-" + process.name()))
                .toList();
        waiters.forEach(Thread::start);
        for (Thread waiter : waiters) {
            try {
                waiter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serveRestartRequests() {
        String suffix = StackHome.RESTART_REQUEST_SUFFIX;
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(home.run(), "*" + suffix)) {
            for (Path request : requests) {
                String file = request.getFileName().toString();
                String name = file.substring(0, file.length() - suffix.length());
                Files.deleteIfExists(request);
                if (names().contains(name)) {
                    new Thread(() -> restartOnRequest(name), "polychron-restart-" + name).start();
                } else {
                    LOG.warning(() -> "ignoring a restart request for unknown process " + name);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.FINE, "could not read restart requests", e);
        }
    }

    private void restartOnRequest(String name) {
        try {
            process(name).restartNow(STOP_GRACE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not restart " + name, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
