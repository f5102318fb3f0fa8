package dev.polychron.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Stands in for ingest-, nlp- and timeline-service: answers every call with a small valid JSON body (and a 400 problem
 * for {@code /entities/refused}) and remembers the header names it was sent, which {@code GET /recorded} returns one
 * per line.
 */
public class RecordingBackend implements QuarkusTestResourceLifecycleManager {

    private final List<String> headerNames = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.ingest.url", url,
                "quarkus.rest-client.nlp.url", url,
                "quarkus.rest-client.timeline.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/recorded")) {
                respond(exchange, 200, "text/plain", String.join("\n", headerNames));
                return;
            }
            headerNames.addAll(exchange.getRequestHeaders().keySet().stream()
                    .map(String::toLowerCase).collect(Collectors.toSet()));
            if (path.equals("/entities/refused")) {
                respond(exchange, 400, "application/problem+json", "{\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"refused by the service\"}");
            } else if (path.equals("/documents") && exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 202, "application/json", "{\"id\":\"abc\",\"status\":\"RECEIVED\"}");
            } else {
                respond(exchange, 200, "application/json", "{\"language\":\"en\",\"entities\":[],\"dates\":[],"
                        + "\"events\":[],\"nextCursor\":null}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
