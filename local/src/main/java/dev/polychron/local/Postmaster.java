package dev.polychron.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The PostgreSQL server named by a data directory's {@code postmaster.pid}. It outlives a JVM that was killed, so
 * whoever finds one still running from an earlier run stops it before using the directory.
 */
final class Postmaster {

    private static final Logger LOG = Logger.getLogger(Postmaster.class.getName());

    private Postmaster() {
    }

    /** The running server that serves {@code dataDir}, if there is one. */
    static Optional<ProcessHandle> running(Path dataDir) {
        return recordedPid(dataDir)
                .flatMap(ProcessHandle::of)
                .filter(process -> serves(process, dataDir));
    }

    /**
     * Whether the server on {@code dataDir} was started by the process {@code launcherPid} rather than left over: a
     * killed launcher's server keeps answering queries until the restarted launcher has stopped it.
     */
    static boolean startedAfter(Path dataDir, long launcherPid) {
        Optional<Instant> launched = ProcessHandle.of(launcherPid).flatMap(process -> process.info().startInstant());
        Optional<Instant> serverStarted = running(dataDir).flatMap(process -> process.info().startInstant());
        return launched.isPresent() && serverStarted.isPresent() && !serverStarted.get().isBefore(launched.get());
    }

    /**
     * Stops a server left running on {@code dataDir} with a fast shutdown (SIGINT: it disconnects clients, where
     * SIGTERM would wait for them), then removes a pid file that no longer names a live server.
     */
    static void stopOrphan(Path dataDir, Duration grace) throws IOException, InterruptedException {
        Optional<ProcessHandle> orphan = running(dataDir);
        if (orphan.isPresent()) {
            ProcessHandle server = orphan.get();
            LOG.warning(() -> "stopping PostgreSQL server " + server.pid() + " left running on " + dataDir);
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
            ProcessExit.killAfter(server, grace, "PostgreSQL server");
        }
        if (running(dataDir).isEmpty()) {
            Files.deleteIfExists(pidFile(dataDir));
        }
    }

    private static boolean serves(ProcessHandle process, Path dataDir) {
        List<String> arguments = process.info().arguments().map(Arrays::asList).orElse(List.of());
        String command = process.info().command().orElse("");
        return process.isAlive() && command.endsWith("postgres") && arguments.contains(dataDir.toString());
    }

    private static Optional<Long> recordedPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(pidFile(dataDir), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }
}
