package dev.polychron.local;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

    private static final String KAFKA = "127.0.0.1:9092";
    private static final Database DATABASE = new Database("jdbc:postgresql://127.0.0.1:5432/polychron", "postgres",
            "postgres");
    private static final String API_KEY = "secret";
    private static final Map<Service, Integer> PORTS = new EnumMap<>(Map.of(
            Service.GATEWAY, 8080, Service.INGEST, 8081, Service.NLP, 8082, Service.TIMELINE, 8083));

    @Test
    void shouldGiveEveryServiceItsPortLoopbackHostAndKafka() {
        for (Service service : Service.values()) {
            assertThat(environment(service))
                    .containsEntry("QUARKUS_HTTP_PORT", Integer.toString(PORTS.get(service)))
                    .containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        }
    }

    @Test
    void shouldGiveOnlyTheTimelineServiceTheDatabase() {
        assertThat(environment(Service.TIMELINE))
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", DATABASE.jdbcUrl())
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        assertThat(environment(Service.NLP)).doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void shouldPointTheGatewayAtTheOtherServicesAndItsKey() {
        assertThat(environment(Service.GATEWAY))
                .containsEntry("QUARKUS_REST_CLIENT_INGEST_URL", "http://127.0.0.1:8081")
                .containsEntry("QUARKUS_REST_CLIENT_NLP_URL", "http://127.0.0.1:8082")
                .containsEntry("QUARKUS_REST_CLIENT_TIMELINE_URL", "http://127.0.0.1:8083")
                .containsEntry("POLYCHRON_API_KEYS", API_KEY);
    }

    @Test
    void shouldKeepTheKeyFromServicesOtherThanTheGateway() {
        assertThat(environment(Service.INGEST)).doesNotContainKey("POLYCHRON_API_KEYS");
    }

    private static Map<String, String> environment(Service service) {
        return ServiceEnvironment.of(service, PORTS, KAFKA, DATABASE, API_KEY);
    }
}
