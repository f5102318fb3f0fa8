package dev.polychron.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The port each process of a running stack listens on, shared with other shells through the ports file. */
record StackPorts(Map<String, Integer> ports) {

    StackPorts {
        ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    }

    int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port for " + name + "; known: " + ports.keySet());
        }
        return port;
    }

    OptionalInt find(String name) {
        Integer port = ports.get(name);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    Set<String> names() {
        return ports.keySet();
    }

    /** Writes {@code name=port} lines in order, replacing the file atomically so readers never see half of it. */
    void store(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        ports.forEach((name, port) -> text.append(name).append('=').append(port).append('\n'));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static StackPorts load(Path file) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            int separator = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || separator < 1) {
                continue;
            }
            String name = trimmed.substring(0, separator).trim();
            ports.put(name, Integer.parseInt(trimmed.substring(separator + 1).trim()));
        }
        return new StackPorts(ports);
    }
}
