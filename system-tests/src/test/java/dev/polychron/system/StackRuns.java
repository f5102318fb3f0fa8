package dev.polychron.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the long system tests, which run whole stacks of their own, share: waiting for them to settle. */
final class StackRuns {

    private static final Duration POLL = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StackRuns() {
    }

    /**
     * Waits until every uploaded document has settled, INDEXED or FAILED (a FAILED one has been dead-lettered after
     * bounded retries, so it changes no more), and answers what the API shows then.
     */
    static TimelineSnapshot awaitSettled(String gatewayUrl, Set<String> ids, Duration timeout) {
        AtomicReference<TimelineSnapshot> last = new AtomicReference<>();
        await().atMost(timeout).pollInterval(POLL).untilAsserted(() -> {
            assertThat(firstWithStatus(gatewayUrl, "RECEIVED")).as("a RECEIVED document").isNull();
            assertThat(firstWithStatus(gatewayUrl, "ANALYZED")).as("an ANALYZED document").isNull();
            TimelineSnapshot snapshot = TimelineSnapshot.read(gatewayUrl);
            last.set(snapshot);
            assertThat(snapshot.unsettled(ids)).as("documents not yet INDEXED or FAILED").isEmpty();
        });
        return last.get();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String firstWithStatus(String gatewayUrl, String status) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(gatewayUrl + "/api/documents?limit=1&status=" + status)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode documents = JSON.readTree(response.body()).get("documents");
        return documents.isEmpty() ? null : documents.get(0).toString();
    }
}
