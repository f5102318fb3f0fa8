package dev.polychron.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An open Server-Sent Events subscription that records every event it receives, until closed. */
final class SseRecorder implements AutoCloseable {

    /** One received event. */
    record Received(String id, String name, String data) {
    }

    private final List<Received> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;

    private SseRecorder(URI uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpRequest built = request.build();
        reader = new Thread(() -> read(built), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    static SseRecorder open(URI uri, String lastEventId) {
        return new SseRecorder(uri, lastEventId);
    }

    List<Received> events() {
        return List.copyOf(events);
    }

    boolean connected() {
        return body != null;
    }

    private void read(HttpRequest request) {
        try {
            // HTTP/1.1 as EventSource speaks it (the gateway declines cleartext upgrades to HTTP/2 anyway)
            HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Received(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed by the test, or the server went away: what was received is kept
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        if (body != null) {
            body.close();
        }
        reader.interrupt();
    }
}
