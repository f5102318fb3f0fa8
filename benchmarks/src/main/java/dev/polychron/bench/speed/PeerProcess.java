package dev.polychron.bench.speed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A peer's driver run as a child process on a manifest: it inherits this process's CPU affinity, times only its own
 * parsing and prints one JSON line of totals as its last line of output.
 */
final class PeerProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerProcess() {
    }

    /** The peer's figures, or empty (with the reason printed) when it could not run. */
    static Optional<Speed> run(String tool, List<String> command, Path manifest, double seconds, Path log)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.add(manifest.toString());
        full.add(Double.toString(seconds));
        Process process = new ProcessBuilder(full).redirectError(log.toFile()).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
            if (exit != 0 || !last.startsWith("{")) {
                List<String> errors = Files.readAllLines(log, StandardCharsets.UTF_8);
                System.out.println(tool + " did not run (exit " + exit + "): "
                        + (errors.isEmpty() ? last : errors.get(errors.size() - 1)) + "; see " + log);
                return Optional.empty();
            }
            JsonNode totals = JSON.readTree(last);
            return Optional.of(new Speed(tool, totals.get("passes").asLong(), totals.get("documents").asLong(),
                    totals.get("bytes").asLong(), totals.get("seconds").asDouble(), totals.get("dates").asLong()));
        } finally {
            process.destroy();
        }
    }
}
