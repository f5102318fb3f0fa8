package dev.polychron.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Readiness probes for the kinds of processes the stack runs. */
final class Probes {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Probes() {
    }

    /** The probe for a process of the stack by name, given only what another shell knows: its port and home. */
    static Readiness forProcess(String name, int port, StackHome home) {
        return switch (name) {
            case Stack.KAFKA -> kafka(port);
            case Stack.POSTGRES -> embeddedPostgres(home, port);
            default -> quarkus(port);
        };
    }

    /** Ready when {@code GET /q/health/ready} answers 200, as a Quarkus readiness probe does. */
    static Readiness quarkus(int port) {
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        return () -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(health).timeout(TIMEOUT).GET().build();
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** Ready when the broker accepts connections and reports itself in the cluster metadata. */
    static Readiness kafka(int port) {
        return () -> acceptsConnections(port) && describesCluster("127.0.0.1:" + port);
    }

    /** Ready when the server that {@link PostgresMain} started, not one left over, runs {@code SELECT 1}. */
    static Readiness embeddedPostgres(StackHome home, int port) {
        Readiness query = postgres(PostgresServer.databaseAt(port));
        return () -> home.readPid(Stack.POSTGRES).stream()
                .anyMatch(launcher -> Postmaster.startedAfter(home.postgresDataDir(), launcher))
                && query.isReady();
    }

    /** Ready when {@code SELECT 1} runs in the database. */
    static Readiness postgres(Database database) {
        return () -> {
            DriverManager.setLoginTimeout((int) TIMEOUT.toSeconds());
            try (Connection connection = DriverManager.getConnection(
                    database.jdbcUrl(), database.username(), database.password())) {
                return connection.createStatement().executeQuery("SELECT 1").next();
            } catch (SQLException e) {
                return false;
            }
        };
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean describesCluster(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis());
            return !admin.describeCluster(options).nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
