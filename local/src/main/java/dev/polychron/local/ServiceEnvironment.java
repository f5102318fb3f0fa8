package dev.polychron.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables that point one Quarkus service at the stack's ports, Kafka, database and key. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(Service service, Map<Service, Integer> ports, String kafkaBootstrapServers,
            Database database, String apiKey) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        switch (service) {
            case TIMELINE -> {
                environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
                environment.put("QUARKUS_DATASOURCE_USERNAME", database.username());
                environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
            }
            case GATEWAY -> {
                putUrl(environment, "QUARKUS_REST_CLIENT_INGEST_URL", ports, Service.INGEST);
                putUrl(environment, "QUARKUS_REST_CLIENT_NLP_URL", ports, Service.NLP);
                putUrl(environment, "QUARKUS_REST_CLIENT_TIMELINE_URL", ports, Service.TIMELINE);
                environment.put("POLYCHRON_API_KEYS", apiKey);
            }
            default -> {
            }
        }
        return environment;
    }

    /** A stack without some service (a partial one in a test) leaves the gateway's own default for it. */
    private static void putUrl(Map<String, String> environment, String variable, Map<Service, Integer> ports,
            Service service) {
        Integer port = ports.get(service);
        if (port != null) {
            environment.put(variable, "http://127.0.0.1:" + port);
        }
    }
}
