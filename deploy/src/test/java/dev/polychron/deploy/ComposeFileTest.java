package dev.polychron.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose.yml is valid for Compose, publishes only the gateway and starts services after what they need. */
class ComposeFileTest {

    private static final Path COMPOSE = Kustomize.repositoryRoot().resolve("docker-compose.yml");

    @Test
    void shouldBeValidForDockerCompose() throws IOException, InterruptedException {
        assumeTrue(Kustomize.onPath("docker-compose"), "docker-compose is not installed (apt-get install docker-compose)");
        ProcessBuilder check = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true);
        check.environment().put("POLYCHRON_API_KEYS", "a-key-for-the-check");
        Process compose = check.start();
        String output = new String(compose.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compose.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(compose.exitValue()).as(output).isZero();
    }

    @Test
    void shouldPublishOnlyTheGatewayAndWaitForHealthyInfrastructure() throws IOException {
        JsonNode services = ManifestCheck.documents(Files.readString(COMPOSE)).get(0).path("services");
        Set<String> published = new TreeSet<>();
        services.fields().forEachRemaining(service -> {
            if (service.getValue().has("ports")) {
                published.add(service.getKey());
            }
        });
        assertThat(published).containsExactly("gateway");
        for (String infrastructure : List.of("kafka", "postgres")) {
            assertThat(services.path(infrastructure).has("healthcheck")).as(infrastructure).isTrue();
        }
        for (String service : List.of("ingest-service", "nlp-service", "timeline-service", "gateway")) {
            JsonNode dependsOn = services.path(service).path("depends_on");
            assertThat(dependsOn.path("kafka").path("condition").asText()).as(service).isEqualTo("service_healthy");
            assertThat(dependsOn.path("topics").path("condition").asText()).as(service)
                    .isEqualTo("service_completed_successfully");
        }
        assertThat(services.path("timeline-service").path("depends_on").path("postgres").path("condition").asText())
                .isEqualTo("service_healthy");
    }
}
