package dev.polychron.gateway.rest;

import dev.polychron.gateway.support.ClosedGatewayProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.hamcrest.Matcher;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(ClosedGatewayProfile.class)
class ClosedGatewayTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'";
    private static final String UPLOAD = "{\"text\":\"NATO met in 2014.\"}";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Matcher<String> RETRY_AFTER = matchesPattern("(1?[0-9]|20)");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldRefuseReadsWithoutKeyWhenReadsNeedKey() {
        client("203.0.113.10").get("/api/timeline")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("X-API-Key"));
        client("203.0.113.10").contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/api/analyze")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        client("203.0.113.10").get("/q/health/live").then().statusCode(200);

        client("203.0.113.10").header("X-API-Key", ClosedGatewayProfile.READS_KEY).get("/api/timeline")
                .then().statusCode(200).body("events.size()", equalTo(0));
    }

    @Test
    void shouldAnswer429ProblemWithRetryAfterWhenKeyExceedsItsBucket() {
        for (int i = 0; i < ClosedGatewayProfile.BURST; i++) {
            client("203.0.113.11").header("X-API-Key", ClosedGatewayProfile.RATE_KEY).get("/api/timeline")
                    .then().statusCode(200);
        }

        client("203.0.113.11").header("X-API-Key", ClosedGatewayProfile.RATE_KEY).get("/api/timeline")
                .then().statusCode(429).contentType(PROBLEM_JSON)
                .header("Retry-After", RETRY_AFTER)
                .header("Content-Security-Policy", CSP)
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"));
        client("203.0.113.11").header("X-API-Key", ClosedGatewayProfile.OTHER_KEY).get("/api/timeline")
                .then().statusCode(200);
    }

    @Test
    void shouldLimitRequestsWithoutKeyPerAddressAndIpv6PerNetwork() {
        for (String address : List.of("2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2::3", "2001:db8:1:2::4",
                "2001:db8:1:2:ffff::5")) {
            client(address).get("/api/timeline").then().statusCode(401);
        }

        client("2001:db8:1:2::6").get("/api/timeline")
                .then().statusCode(429).contentType(PROBLEM_JSON).header("Retry-After", RETRY_AFTER);
        client("2001:db8:1:3::1").get("/api/timeline").then().statusCode(401);
        client("203.0.113.12").get("/api/timeline").then().statusCode(401);
    }

    @Test
    void shouldRefuseAnnouncedOversizedBodyWithProblemBeforeReadingIt() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "X-API-Key: " + ClosedGatewayProfile.OTHER_KEY + "\r\nX-Forwarded-For: 203.0.113.13\r\n"
                    + "Content-Length: 52428800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .containsIgnoringCase("x-content-type-options: nosniff")
                    .contains("\"status\":413", "52428800");
        }
    }

    @Test
    void shouldRefuseOversizedBodyWithoutLengthWithProblem() throws Exception {
        byte[] body = "x".repeat(4 * ClosedGatewayProfile.MAX_BODY_BYTES).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(root.toURI().resolve("/api/documents"))
                .header("Content-Type", "text/plain")
                .header("X-API-Key", ClosedGatewayProfile.OTHER_KEY)
                .header("X-Forwarded-For", "203.0.113.14")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    }

    @Test
    void shouldForwardWithoutPassingKeyOnWhenRequestIsAccepted() throws Exception {
        client("203.0.113.15").header("X-API-Key", ClosedGatewayProfile.OTHER_KEY)
                .contentType(ContentType.JSON).body(UPLOAD).post("/api/documents")
                .then().statusCode(202).body("id", equalTo("abc"));

        String backend = ConfigProvider.getConfig().getValue("quarkus.rest-client.ingest.url", String.class);
        String seen = new String(URI.create(backend + "/recorded").toURL().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(seen).contains("content-type").doesNotContain("x-api-key");
    }

    @Test
    void shouldPassServiceProblemOnUnchangedWhenServiceRefuses() {
        client("203.0.113.17").header("X-API-Key", ClosedGatewayProfile.READS_KEY).get("/api/entities/refused")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", equalTo("refused by the service"));
    }

    @Test
    void shouldNeverLogKeyWhenRequestsCarryIt() {
        String secret = ClosedGatewayProfile.SECRET_KEY;
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(text(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        // wherever Quarkus logs in this JVM: the JBoss log manager, or the JDK's when it was not installed first
        List<Logger> roots = List.of(LogContext.getLogContext().getLogger(""), Logger.getLogger(""));
        roots.forEach(root -> root.addHandler(capture));
        try {
            client("203.0.113.16").header("X-API-Key", secret).contentType(ContentType.JSON).body(UPLOAD)
                    .post("/api/documents").then().statusCode(202);
            client("203.0.113.16").header("X-API-Key", secret).get("/api/events/e1").then().statusCode(200);
            client("203.0.113.16").header("X-API-Key", secret).get("/api/nowhere").then().statusCode(404);
            client("203.0.113.16").header("X-API-Key", secret + "-wrong").get("/api/timeline")
                    .then().statusCode(401);
            client("203.0.113.16").header("X-API-Key", secret).contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                    .post("/api/analyze").then().statusCode(200);

            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.contains("/api/analyze")));
        } finally {
            roots.forEach(root -> root.removeHandler(capture));
        }

        assertThat(lines).anyMatch(l -> l.contains("/api/nowhere"));
        assertThat(lines).noneMatch(l -> l.contains(secret.substring(0, 12)));
    }

    private static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName() + " ");
        text.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append(' ').append(t);
        }
        return text.toString();
    }

    /** Reads one HTTP/1.1 response, headers and a body of the announced length, without waiting for the socket to close. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        var length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    private static RequestSpecification client(String address) {
        return given().header("X-Forwarded-For", address);
    }
}
