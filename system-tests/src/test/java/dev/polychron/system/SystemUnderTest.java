package dev.polychron.system;

import dev.polychron.local.Database;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/**
 * The whole system for the system tests: the four packaged services on a real Kafka and a real PostgreSQL,
 * started as {@code ./polychron up} starts them. Where a Docker engine answers (or with
 * {@code -Dpolychron.test.containers=true}) Kafka and PostgreSQL run in Testcontainers instead of embedded.
 */
final class SystemUnderTest implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final Stack stack;
    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgres;

    private SystemUnderTest(Stack stack, KafkaContainer kafka, PostgreSQLContainer postgres) {
        this.stack = stack;
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** The one system the test classes of this JVM share; it stops when the whole test run ends. */
    static SystemUnderTest shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SystemUnderTest.class, key -> start(), SystemUnderTest.class);
    }

    static SystemUnderTest start() {
        Path root = StackOptions.findRoot(Path.of(""));
        StackOptions options = StackOptions.forTests(root, temporaryHome());
        if (!useContainers()) {
            return new SystemUnderTest(Stack.start(options), null, null);
        }
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        kafka.start();
        postgres.start();
        options = options.withExternalKafka(kafka.getBootstrapServers())
                .withExternalDatabase(new Database(postgres.getJdbcUrl(), postgres.getUsername(),
                        postgres.getPassword()));
        return new SystemUnderTest(Stack.start(options), kafka, postgres);
    }

    Stack stack() {
        return stack;
    }

    String gatewayUrl() {
        return stack.gatewayUrl();
    }

    String apiKey() {
        return stack.apiKey();
    }

    /** A request to the gateway, as anyone may send it. */
    RequestSpecification api() {
        return RestAssured.given().baseUri(gatewayUrl());
    }

    /** A request to the gateway with the API key that writes need. */
    RequestSpecification writer() {
        return api().header("X-API-Key", apiKey());
    }

    /** Waits until the document is INDEXED with an analysis made after {@code after} (see its analyzedAt). */
    void awaitIndexedAfter(String id, Instant after, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonPath document = api().get("/api/documents/" + id).then().extract().jsonPath();
            String analyzedAt = document.getString("analyzedAt");
            return "INDEXED".equals(document.getString("status")) && analyzedAt != null
                    && Instant.parse(analyzedAt).isAfter(after);
        });
    }

    /** When the analysis now stored for the document was made. */
    Instant analyzedAt(String id) {
        return Instant.parse(api().get("/api/documents/" + id).then().statusCode(200).extract().path("analyzedAt"));
    }

    @Override
    public void close() {
        try {
            stack.close();
            Stack.deleteHome(stack.home());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (kafka != null) {
                kafka.stop();
                postgres.stop();
            }
        }
    }

    private static boolean useContainers() {
        String forced = System.getProperty("polychron.test.containers");
        if (forced != null) {
            return Boolean.parseBoolean(forced);
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("polychron-system-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
