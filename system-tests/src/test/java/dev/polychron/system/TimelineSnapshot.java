package dev.polychron.system;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the public API shows of the documents and of the timeline at one moment, read page by page through the
 * gateway, in the shapes the fault test compares: each document's status and counts, and each event as its date
 * value and its set of source sentences.
 *
 * @param documents every listed document by id
 * @param events every event: its date value and its sources, order-free
 * @param sourceUses how often each source sentence ({@code documentId@start}) appears across all events; in the
 *     fault test's corpus every dated sentence holds one date, so any count above one is a duplicated source
 */
record TimelineSnapshot(Map<String, Document> documents, Set<Event> events, Map<String, Integer> sourceUses) {

    /** A document as {@code GET /api/documents} lists it. */
    record Document(String status, String reason, String duplicateOf, long entities, long dates, long events) {
    }

    /** An event, equal to another when they hold the same date value and the same source sentences. */
    record Event(String date, SortedSet<String> sources) {
    }

    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static TimelineSnapshot read(String gatewayUrl) throws IOException, InterruptedException {
        Map<String, Document> documents = new TreeMap<>();
        for (JsonNode document : pages(gatewayUrl, "/api/documents", "documents")) {
            JsonNode counts = document.path("counts");
            documents.put(document.get("id").asText(), new Document(document.get("status").asText(),
                    document.path("reason").asText(null), document.path("duplicateOf").asText(null),
                    counts.path("entities").asLong(), counts.path("dates").asLong(), counts.path("events").asLong()));
        }
        Set<Event> events = new HashSet<>();
        Map<String, Integer> sourceUses = new HashMap<>();
        for (JsonNode event : pages(gatewayUrl, "/api/timeline", "events")) {
            SortedSet<String> sources = new TreeSet<>();
            for (JsonNode source : event.get("sources")) {
                String key = source.get("documentId").asText() + "@" + source.get("start").asInt();
                sources.add(key);
                sourceUses.merge(key, 1, Integer::sum);
            }
            events.add(new Event(event.get("date").get("value").asText(), sources));
        }
        return new TimelineSnapshot(documents, events, sourceUses);
    }

    /** Documents of {@code ids} that are not INDEXED (absent ones included). */
    Set<String> notIndexed(Collection<String> ids) {
        return ids.stream().filter(id -> !hasStatus(id, "INDEXED")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Documents of {@code ids} that are neither INDEXED nor FAILED: absent, or still on their way. */
    Set<String> unsettled(Collection<String> ids) {
        return ids.stream().filter(id -> !hasStatus(id, "INDEXED") && !hasStatus(id, "FAILED"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** How many documents failed, per reason (document ids in reasons replaced, so that alike reasons group). */
    Map<String, Long> failures() {
        return documents.values().stream().filter(d -> "FAILED".equals(d.status()))
                .collect(Collectors.groupingBy(d -> String.valueOf(d.reason())
                                .replaceAll("[0-9a-f]{8,}(-[0-9a-f]{4,})*", "…").replaceAll("=\\([^)]*\\)", "=(…)"),
                        TreeMap::new, Collectors.counting()));
    }

    long duplicates() {
        return documents.values().stream().filter(d -> d.duplicateOf() != null).count();
    }

    private boolean hasStatus(String id, String status) {
        Document document = documents.get(id);
        return document != null && status.equals(document.status());
    }

    /** Source sentences that appear in more than one event, or twice in one. */
    Set<String> duplicatedSources() {
        return sourceUses.entrySet().stream().filter(use -> use.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    int sourceCount() {
        return sourceUses.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The order-free facts behind the events: each source sentence with the date value of its event. */
    Set<String> datedSources() {
        return events.stream().flatMap(e -> e.sources().stream().map(s -> s + "=" + e.date()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<JsonNode> pages(String gatewayUrl, String path, String field)
            throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String query = "?limit=" + PAGE + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + path + query))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            JsonNode page = JSON.readTree(response.body());
            page.get(field).forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
