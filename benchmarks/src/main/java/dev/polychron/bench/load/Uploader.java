package dev.polychron.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.bench.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load generator: {@code concurrency} clients, requests started at a target rate (or flat out), each
 * retried after a 503 or a lost connection until accepted. It notes when each document's 202 arrived.
 */
final class Uploader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final String PUBLISHED_AT = "2024-06-01T00:00:00Z";

    /** How long the uploads took, and how many requests had to be sent again. */
    record Result(int accepted, double seconds, int retries) {

        double perSecond() {
            return accepted / seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI documents;
    private final String apiKey;
    private final Map<String, Instant> acceptedAt = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();

    Uploader(String gatewayUrl, String apiKey) {
        this.documents = URI.create(gatewayUrl + "/api/documents");
        this.apiKey = apiKey;
    }

    /** The 202 time of every document accepted so far, by id; the watcher reads it while uploads go on. */
    Map<String, Instant> acceptedAt() {
        return acceptedAt;
    }

    /** One JSON upload per document, started {@code perSecond} a second (0: as fast as they are answered). */
    Result single(List<Article> articles, int concurrency, double perSecond) throws InterruptedException {
        List<Body> bodies = articles.stream()
                .map(a -> new Body("application/json", json(a).getBytes(StandardCharsets.UTF_8))).toList();
        return run(bodies, concurrency, perSecond);
    }

    /** NDJSON bodies of {@code linesPerRequest} documents each, as fast as they are answered. */
    Result bulk(List<Article> articles, int linesPerRequest, int concurrency) throws InterruptedException {
        List<Body> bodies = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += linesPerRequest) {
            StringBuilder lines = new StringBuilder();
            for (Article article : articles.subList(from, Math.min(articles.size(), from + linesPerRequest))) {
                lines.append(json(article)).append('\n');
            }
            bodies.add(new Body(NDJSON, lines.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return run(bodies, concurrency, 0);
    }

    private record Body(String type, byte[] bytes) {
    }

    private Result run(List<Body> bodies, int concurrency, double perSecond) throws InterruptedException {
        int before = acceptedAt.size();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < bodies.size(); i++) {
                if (perSecond > 0) {
                    TimeUnit.NANOSECONDS.sleep(start + (long) (i * 1e9 / perSecond) - System.nanoTime());
                }
                Body body = bodies.get(i);
                clients.execute(() -> sendUntilAccepted(body));
            }
        } finally {
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.HOURS);
        }
        return new Result(acceptedAt.size() - before, (System.nanoTime() - start) / 1e9, retries.get());
    }

    private void sendUntilAccepted(Body body) {
        HttpRequest request = HttpRequest.newBuilder(documents).timeout(Duration.ofSeconds(120))
                .header("Content-Type", body.type()).header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() == 202) {
                        noteAccepted(JSON.readTree(response.body()), Instant.now());
                        return;
                    }
                    if (response.statusCode() != 503 && response.statusCode() != 429) {
                        throw new IllegalStateException("upload answered " + response.statusCode() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // a lost connection: sent again below
                }
                retries.incrementAndGet();
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A single upload answers {@code {id}}, a bulk one {@code {results: [{id} or {problem}]}}. */
    private void noteAccepted(JsonNode answer, Instant at) {
        if (answer.has("id")) {
            acceptedAt.putIfAbsent(answer.get("id").asText(), at);
        }
        for (JsonNode line : answer.path("results")) {
            if (line.has("id")) {
                acceptedAt.putIfAbsent(line.get("id").asText(), at);
            } else {
                throw new IllegalStateException("a generated line was refused: " + line);
            }
        }
    }

    private static String json(Article article) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", article.text());
        body.put("language", article.language());
        body.put("publishedAt", PUBLISHED_AT);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
