package dev.polychron.timeline.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for tests: a Testcontainers container where a Docker engine answers (or when
 * {@code -Dpolychron.test.containers=true}), else embedded binaries from Maven Central, as on our machines and CI.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (useContainers()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return datasource(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }
}
