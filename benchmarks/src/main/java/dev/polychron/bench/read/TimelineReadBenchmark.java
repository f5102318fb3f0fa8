package dev.polychron.bench.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.local.Service;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import dev.polychron.local.SyntheticTimeline;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import static dev.polychron.local.SyntheticTimeline.ENTITIES;
import static dev.polychron.local.SyntheticTimeline.TOPICS;

/**
 * The read path at scale: {@code events} events of the {@link SyntheticTimeline}, then {@code GET /api/timeline}
 * through the gateway, unfiltered and with each filter, timed per page. Run with
 * {@code ./mvnw -pl benchmarks -am verify -Ptimeline-read} ({@code -Dread.events=1000000}); prints a table.
 */
public final class TimelineReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("read.events", 100_000);
        int requests = Integer.getInteger("read.requests", 200);
        Path root = StackOptions.findRoot(Path.of(""));
        Path home = Files.createTempDirectory("polychron-read");
        try (Stack stack = Stack.start(StackOptions.forTests(root, home)
                .withServices(EnumSet.of(Service.TIMELINE, Service.GATEWAY)))) {
            long loading = System.nanoTime();
            SyntheticTimeline.load(stack.database(), events);
            System.out.printf("Loaded %,d events in %.1f s%n", events, (System.nanoTime() - loading) / 1e9);
            HttpClient http = HttpClient.newHttpClient();
            Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
            Random random = new Random(7);
            queries.put("first page, no filter", i -> "limit=50");
            List<String> cursors = laterCursors(http, stack.gatewayUrl(), random, requests);
            queries.put("later page, no filter", i -> "cursor=" + cursors.get(i % cursors.size()) + "&limit=50");
            queries.put("one year (from/to)", i -> {
                int year = 1800 + random.nextInt(219);
                return "from=" + year + "&to=" + year + "&limit=50";
            });
            queries.put("entity (id)", i -> "entity=" + SyntheticTimeline.entityId(1 + random.nextInt(ENTITIES)) + "&limit=50");
            queries.put("entity (alias)", i -> "entity=" + URLEncoder.encode(
                    SyntheticTimeline.entityName(1 + random.nextInt(ENTITIES)), StandardCharsets.UTF_8) + "&limit=50");
            queries.put("full text q", i -> "q=" + TOPICS[random.nextInt(TOPICS.length)] + "&limit=50");
            queries.put("language=en", i -> "language=en&limit=50");
            System.out.println(table(http, stack.gatewayUrl(), queries, requests, events));
        } finally {
            Stack.deleteHome(home);
        }
    }

    /** The cursors after the first event of random years: each opens a page deep in the whole timeline. */
    private static List<String> laterCursors(HttpClient http, String gatewayUrl, Random random, int count)
            throws IOException, InterruptedException {
        List<String> cursors = new ArrayList<>();
        while (cursors.size() < count) {
            URI uri = URI.create(gatewayUrl + "/api/timeline?limit=1&from=" + (1800 + random.nextInt(219)));
            String body = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            cursors.add(URLEncoder.encode(JSON.readTree(body).path("nextCursor").asText(), StandardCharsets.UTF_8));
        }
        return cursors;
    }

    private static String table(HttpClient http, String gatewayUrl, Map<String, IntFunction<String>> queries,
                                int requests, int events) throws IOException, InterruptedException {
        StringBuilder table = new StringBuilder(String.format(
                "GET /api/timeline through the gateway, %,d events, %d requests per row (after %d warm-up)%n",
                events, requests, requests / 4));
        table.append(String.format("%-24s %9s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (Map.Entry<String, IntFunction<String>> query : queries.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < requests + requests / 4; i++) {
                URI uri = URI.create(gatewayUrl + "/api/timeline?" + query.getValue().apply(i));
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                if (i >= requests / 4) {
                    millis.add(elapsed);
                }
            }
            Collections.sort(millis);
            table.append(String.format("%-24s %9.1f %9.1f %9.1f %9.1f%n", query.getKey(), percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1)));
        }
        return table.toString();
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
