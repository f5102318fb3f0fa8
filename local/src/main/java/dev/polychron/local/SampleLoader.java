package dev.polychron.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Uploads the sample articles through the gateway as a user would, awaits their indexing, prints the timeline. */
final class SampleLoader {

    private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Set<String> FINAL_STATUSES = Set.of("INDEXED", "FAILED");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String gatewayUrl;
    private final String apiKey;
    private final PrintStream out;

    SampleLoader(String gatewayUrl, String apiKey, PrintStream out) {
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.out = out;
    }

    void load(Path samplesDir) throws IOException, InterruptedException {
        List<Path> samples = sampleFiles(samplesDir);
        if (samples.isEmpty()) {
            out.println("No sample articles in " + samplesDir);
            return;
        }
        out.println("Loading " + samples.size() + " sample articles from " + samplesDir);
        Map<String, Path> pending = new LinkedHashMap<>();
        for (Path sample : samples) {
            upload(sample).ifPresent(id -> pending.put(id, sample));
        }
        awaitIndexed(pending);
        JsonNode timeline = json.readTree(get("/api/timeline?limit=1000").body());
        out.println();
        out.print(TimelinePrinter.format(timeline));
    }

    private static List<Path> sampleFiles(Path samplesDir) throws IOException {
        if (!Files.isDirectory(samplesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(samplesDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private Optional<String> upload(Path sample) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/documents"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofFile(sample))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            out.println("  " + sample.getFileName() + ": rejected with HTTP " + response.statusCode() + " "
                    + TimelinePrinter.abbreviate(response.body(), 200));
            return Optional.empty();
        }
        return Optional.of(json.readTree(response.body()).path("id").asText());
    }

    private void awaitIndexed(Map<String, Path> pending) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(INDEX_TIMEOUT);
        Map<String, String> lastStatus = new LinkedHashMap<>();
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String id : List.copyOf(pending.keySet())) {
                JsonNode document = json.readTree(get("/api/documents/" + id).body());
                String status = document.path("status").asText("");
                lastStatus.put(id, status);
                if (FINAL_STATUSES.contains(status)) {
                    String reason = document.path("reason").asText("");
                    out.println("  " + pending.remove(id).getFileName() + ": " + status
                            + (reason.isEmpty() ? "" : " (" + reason + ")"));
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        }
        pending.forEach((id, sample) -> out.println("  " + sample.getFileName() + ": still " + lastStatus.get(id)
                + " after " + INDEX_TIMEOUT.toSeconds() + " s"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(REQUEST_TIMEOUT).GET()
                .header("Accept", "application/json").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
