package dev.polychron.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/** The CLI's hold on a stack that another process supervises: stop it, report on it, restart one of its processes. */
final class RemoteControl {

    private static final Duration SUPERVISOR_STOP_GRACE = Duration.ofSeconds(60);
    private static final Duration RESTART_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);

    private final StackHome home;
    private final PrintStream out;

    RemoteControl(StackHome home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    /** SIGTERMs the supervisor and waits for its orderly stop, then stops anything a dead supervisor left behind. */
    int down() throws IOException, InterruptedException {
        if (!Files.isDirectory(home.run())) {
            out.println("Polychron is not running in " + home.dir());
            return 0;
        }
        Optional<ProcessHandle> supervisor = supervisor();
        if (supervisor.isPresent()) {
            out.println("Stopping Polychron (supervisor pid " + supervisor.get().pid() + ")...");
            supervisor.get().destroy();
            ProcessExit.killAfter(supervisor.get(), SUPERVISOR_STOP_GRACE, "the supervisor");
        }
        Leftovers.reap(home);
        out.println("Polychron is stopped.");
        return 0;
    }

    /** Prints name, pid, port and readiness of each process; 0 only when a supervisor runs and all are ready. */
    int status() throws IOException {
        if (!Files.exists(home.portsFile())) {
            out.println("Polychron has not run in " + home.dir());
            return 1;
        }
        StackPorts ports = StackPorts.load(home.portsFile());
        Optional<ProcessHandle> supervisor = supervisor();
        boolean allReady = supervisor.isPresent();
        out.printf("%-17s %8s %6s  %s%n", "NAME", "PID", "PORT", "STATE");
        for (String name : ports.names()) {
            if (name.equals(Stack.KAFKA_CONTROLLER)) {
                continue;
            }
            Optional<ProcessHandle> process = Leftovers.find(home, name);
            boolean ready = process.isPresent() && Probes.forProcess(name, ports.port(name), home).isReady();
            String state = process.isEmpty() ? "stopped" : ready ? "ready" : "not ready";
            out.printf("%-17s %8s %6d  %s%n", name, process.map(handle -> Long.toString(handle.pid())).orElse("-"),
                    ports.port(name), state);
            allReady &= ready;
        }
        out.println(supervisor.map(handle -> "supervisor pid " + handle.pid()).orElse("no supervisor is running")
                + ", home " + home.dir());
        return allReady ? 0 : 1;
    }

    /** Asks the supervisor to restart one process at once and waits until it is ready again. */
    int restart(String name, Duration readyTimeout) throws IOException, InterruptedException {
        if (supervisor().isEmpty()) {
            out.println("Polychron is not running in " + home.dir());
            return 1;
        }
        StackPorts ports = StackPorts.load(home.portsFile());
        if (ports.find(name).isEmpty()) {
            out.println(name + " is not part of the running stack (it may be external)");
            return 1;
        }
        Instant begin = Instant.now();
        OptionalLong before = home.readPid(name);
        Files.writeString(home.restartRequest(name), "");
        out.println("Restarting " + name + "...");
        if (!waitUntil(() -> home.readPid(name).isPresent() && !home.readPid(name).equals(before),
                RESTART_REQUEST_TIMEOUT)) {
            out.println(name + " was not restarted within " + RESTART_REQUEST_TIMEOUT.toSeconds() + " s");
            return 1;
        }
        Readiness readiness = Probes.forProcess(name, ports.port(name), home);
        if (!waitUntil(readiness::isReady, readyTimeout)) {
            out.println(name + " restarted but is not ready after " + readyTimeout.toSeconds() + " s; see "
                    + home.logFile(name));
            return 1;
        }
        out.printf("%s is ready again (pid %d, %.1f s)%n", name, home.readPid(name).orElse(-1),
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        return 0;
    }

    /** The live supervisor: the home's lock is held and the pid file names a live process. */
    private Optional<ProcessHandle> supervisor() throws IOException {
        if (!Files.isDirectory(home.run()) || !SupervisorLock.isHeld(home)) {
            return Optional.empty();
        }
        return home.readPid(StackHome.SUPERVISOR).stream().boxed()
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(ProcessHandle::isAlive)
                .findFirst();
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }
}
