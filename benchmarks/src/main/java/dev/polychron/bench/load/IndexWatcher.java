package dev.polychron.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Follows accepted documents to INDEXED (or FAILED) through the gateway's document list, newest first: every poll
 * walks the pages of each final status back to a little before the oldest document still pending, so one poll
 * costs a request or two however many documents are in flight. Latency is from a document's 202 to its
 * {@code indexedAt}, stamped by timeline-service on this machine's clock, so the poll period does not add to it and
 * polls can be rare: {@value #POLL_MILLIS} ms apart, or twice the last walk when that is longer (polling often took
 * a share of the CPU it measures).
 */
final class IndexWatcher {

    static final long POLL_MILLIS = 500;
    private static final int PAGE = 1000;
    /** receivedAt is set by ingest-service before the broker's ack, so before the 202: this margin covers it. */
    private static final Duration RECEIVED_MARGIN = Duration.ofSeconds(30);
    private static final List<String> FINAL = List.of("INDEXED", "FAILED");

    /** The latencies of the indexed documents, and what did not get indexed. */
    record Result(LatencyHistogram latency, int indexed, int failed, int missing, Instant lastIndexed) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String gatewayUrl;

    IndexWatcher(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /**
     * Watches until {@code uploading} says no and every accepted document is final, or nothing changed for
     * {@code stall}.
     */
    Result watch(Map<String, Instant> acceptedAt, BooleanSupplier uploading, Duration stall)
            throws IOException, InterruptedException {
        LatencyHistogram latency = new LatencyHistogram();
        Set<String> done = new HashSet<>();
        int failed = 0;
        Instant lastIndexed = null;
        Instant lastProgress = Instant.now();
        long lastWalkMillis = 0;
        while (uploading.getAsBoolean() || done.size() < acceptedAt.size()) {
            Thread.sleep(Math.max(POLL_MILLIS, 2 * lastWalkMillis));
            long walkStart = System.nanoTime();
            Instant oldestPending = acceptedAt.entrySet().stream().filter(e -> !done.contains(e.getKey()))
                    .map(Map.Entry::getValue).min(Instant::compareTo).orElse(Instant.now());
            Instant boundary = oldestPending.minus(RECEIVED_MARGIN);
            for (String status : FINAL) {
                for (Map.Entry<String, Instant> found : finalSince(status, boundary).entrySet()) {
                    Instant accepted = acceptedAt.get(found.getKey());
                    // an INDEXED document shows its indexedAt: without one, it is not indexed yet
                    boolean seen = status.equals("FAILED") || found.getValue() != null;
                    if (accepted != null && seen && done.add(found.getKey())) {
                        lastProgress = Instant.now();
                        if (status.equals("FAILED")) {
                            failed++;
                        } else {
                            Instant indexed = found.getValue();
                            latency.record(Math.max(0, Duration.between(accepted, indexed).toMillis()));
                            lastIndexed = lastIndexed == null || indexed.isAfter(lastIndexed) ? indexed : lastIndexed;
                        }
                    }
                }
            }
            lastWalkMillis = (System.nanoTime() - walkStart) / 1_000_000;
            if (!uploading.getAsBoolean() && Duration.between(lastProgress, Instant.now()).compareTo(stall) > 0) {
                break;
            }
        }
        return new Result(latency, done.size() - failed, failed, acceptedAt.size() - done.size(), lastIndexed);
    }

    /** The documents of the status received since {@code boundary}, each with its indexedAt (null when FAILED). */
    private Map<String, Instant> finalSince(String status, Instant boundary) throws IOException, InterruptedException {
        Map<String, Instant> ids = new HashMap<>();
        String cursor = null;
        do {
            String uri = gatewayUrl + "/api/documents?status=" + status + "&limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return ids;
            }
            JsonNode page = json.readTree(response.body());
            for (JsonNode document : page.path("documents")) {
                if (Instant.parse(document.get("receivedAt").asText()).isBefore(boundary)) {
                    return ids;
                }
                JsonNode indexedAt = document.path("indexedAt");
                ids.put(document.get("id").asText(), indexedAt.isTextual() ? Instant.parse(indexedAt.asText()) : null);
            }
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }
}
