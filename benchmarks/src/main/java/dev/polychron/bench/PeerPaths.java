package dev.polychron.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the peer suites are read from and where the reports go. */
public final class PeerPaths {

    private PeerPaths() {
    }

    /** The nearest folder at or above {@code start} that holds {@code mvnw}, or {@code start} when none does. */
    public static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return start.toAbsolutePath();
    }

    /** The folder given, else {@code ../shared/peers} beside the repository. */
    public static Path peers(String given, Path repositoryRoot) {
        return given == null || given.isBlank()
                ? repositoryRoot.resolve("../shared/peers").normalize()
                : Path.of(given).toAbsolutePath().normalize();
    }

    /** The folder given, else the module's {@code target}. */
    public static Path output(String given, Path repositoryRoot) {
        return given == null || given.isBlank()
                ? repositoryRoot.resolve("benchmarks/target")
                : Path.of(given).toAbsolutePath().normalize();
    }
}
