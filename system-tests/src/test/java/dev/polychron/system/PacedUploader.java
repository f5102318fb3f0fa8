package dev.polychron.system;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads items through the gateway as a well-behaved client does: a few at a time, at a steady pace if asked, and
 * every upload until it is accepted: after a 503 it waits what {@code Retry-After} says, after a lost connection a
 * second. It counts what it met on the way.
 */
final class PacedUploader {

    /** Every upload's document publication time, so that both runs anchor dates alike. */
    static final String PUBLISHED_AT = "2024-06-01T00:00:00Z";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration AFTER_CONNECTION_ERROR = Duration.ofSeconds(1);
    private static final Duration WITHOUT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the uploads met.
     *
     * @param ids the id each item got, in item order
     * @param accepted when each accepted upload's last attempt was sent and when its 202 arrived
     * @param unavailable 503 answers, each retried
     * @param unavailableWithoutRetryAfter those of them without a {@code Retry-After} header
     * @param connectionErrors requests that failed without an answer, each retried
     */
    record Report(List<String> ids, List<Acceptance> accepted, int unavailable, int unavailableWithoutRetryAfter,
                  int connectionErrors) {
    }

    /** The attempt that got a 202: when its request left and when the answer came. */
    record Acceptance(Instant sent, Instant answered) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI documents;
    private final String apiKey;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger withoutRetryAfter = new AtomicInteger();
    private final AtomicInteger connectionErrors = new AtomicInteger();
    private final List<Acceptance> acceptances = Collections.synchronizedList(new ArrayList<>());

    PacedUploader(String gatewayUrl, String apiKey) {
        this.documents = URI.create(gatewayUrl + "/api/documents");
        this.apiKey = apiKey;
    }

    /** How many uploads have been accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /**
     * Uploads every item with {@code threads} parallel clients, starting item {@code i} no earlier than
     * {@code i / perSecond} seconds after the start (no pacing when {@code perSecond} is 0).
     *
     * @throws IllegalStateException when an upload gets an answer other than 202 or 503
     */
    Report upload(List<FaultCorpus.Item> items, int threads, double perSecond) throws InterruptedException {
        String[] ids = new String[items.size()];
        AtomicInteger next = new AtomicInteger();
        Instant start = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        if (perSecond > 0) {
                            pauseUntil(start.plusMillis((long) (i * 1000 / perSecond)));
                        }
                        ids[i] = uploadUntilAccepted(items.get(i));
                        accepted.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an upload failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            clients.shutdownNow();
        }
        return new Report(List.of(ids), List.copyOf(acceptances), unavailable.get(), withoutRetryAfter.get(),
                connectionErrors.get());
    }

    private String uploadUntilAccepted(FaultCorpus.Item item) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", item.text());
        body.put("language", item.language());
        body.put("publishedAt", PUBLISHED_AT);
        HttpRequest request = HttpRequest.newBuilder(documents)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        while (true) {
            HttpResponse<String> response;
            Instant sent = Instant.now();
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                connectionErrors.incrementAndGet();
                Thread.sleep(AFTER_CONNECTION_ERROR.toMillis());
                continue;
            }
            if (response.statusCode() == 202) {
                acceptances.add(new Acceptance(sent, Instant.now()));
                return JSON.readTree(response.body()).get("id").asText();
            }
            if (response.statusCode() != 503) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
            }
            unavailable.incrementAndGet();
            Optional<String> retryAfter = response.headers().firstValue("Retry-After");
            if (retryAfter.isEmpty()) {
                withoutRetryAfter.incrementAndGet();
            }
            Thread.sleep(retryAfter.map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.strip())))
                    .orElse(WITHOUT_RETRY_AFTER).toMillis());
        }
    }

    private static void pauseUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
