package dev.polychron.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Renders a kustomization with {@code kubectl kustomize}, which works offline; tests skip where kubectl is missing. */
final class Kustomize {

    private Kustomize() {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static String render(Path kustomization) throws IOException, InterruptedException {
        assumeTrue(onPath("kubectl"), "kubectl is not installed: the manifests cannot be rendered here");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                .redirectErrorStream(true).start();
        byte[] output = kubectl.getInputStream().readAllBytes();
        if (!kubectl.waitFor(60, TimeUnit.SECONDS)) {
            kubectl.destroyForcibly();
            throw new IllegalStateException("kubectl kustomize " + kustomization + " did not finish in 60 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + kustomization + " failed:\n" + text);
        }
        return text;
    }

    static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
