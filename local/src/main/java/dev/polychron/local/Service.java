package dev.polychron.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** One of the four Quarkus services the stack runs, with its module directory and its default port. */
public enum Service {
    INGEST("ingest-service", 8081),
    NLP("nlp-service", 8082),
    TIMELINE("timeline-service", 8083),
    GATEWAY("gateway", 8080);

    private final String id;
    private final int defaultPort;

    Service(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** The module directory, also the process name in pid files, logs and the ports file. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The Quarkus fast-jar that the module's build leaves behind. */
    public Path jar(Path root) {
        return root.resolve(id).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    public static Optional<Service> byId(String id) {
        return Arrays.stream(values()).filter(service -> service.id.equals(id)).findFirst();
    }
}
