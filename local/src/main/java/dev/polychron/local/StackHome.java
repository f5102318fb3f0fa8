package dev.polychron.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/** The directory that holds one stack's data, logs, pid files, ports file and API key. */
record StackHome(Path dir) {

    static final String SUPERVISOR = "supervisor";
    static final String RESTART_REQUEST_SUFFIX = ".restart";

    StackHome {
        dir = dir.toAbsolutePath().normalize();
    }

    Path logs() {
        return dir.resolve("logs");
    }

    Path run() {
        return dir.resolve("run");
    }

    Path logFile(String name) {
        return logs().resolve(name + ".log");
    }

    Path pidFile(String name) {
        return run().resolve(name + ".pid");
    }

    Path portsFile() {
        return run().resolve("ports.properties");
    }

    Path supervisorLock() {
        return run().resolve(SUPERVISOR + ".lock");
    }

    /** A file whose appearance asks the running supervisor to restart {@code name} at once. */
    Path restartRequest(String name) {
        return run().resolve(name + RESTART_REQUEST_SUFFIX);
    }

    Path apiKeyFile() {
        return dir.resolve("api-key");
    }

    Path kafkaDir() {
        return dir.resolve("kafka");
    }

    Path postgresDataDir() {
        return dir.resolve("postgres");
    }

    void create() throws IOException {
        Files.createDirectories(logs());
        Files.createDirectories(run());
    }

    OptionalLong readPid(String name) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile(name), StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    void writePid(String name, long pid) throws IOException {
        Path file = pidFile(name);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, pid + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the pid file only while it still names {@code pid}, so a newer process's file survives. */
    void deletePid(String name, long pid) throws IOException {
        if (readPid(name).equals(OptionalLong.of(pid))) {
            Files.deleteIfExists(pidFile(name));
        }
    }
}
