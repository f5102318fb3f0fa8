package dev.polychron.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlays render, every manifest fits its API model, and the manifests agree with what the services read. */
class ManifestsTest {

    private static final Path ROOT = Kustomize.repositoryRoot();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "timeline-service",
            "gateway");
    private static final Pattern TOPICS = Pattern.compile("(?m)^mp\\.messaging\\.(?:incoming|outgoing)\\.[^.]+\\."
            + "(?:topic|topics|dead-letter-queue\\.topic)=(.+)$");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shouldRenderOverlayIntoManifestsThatFitTheirModelsAndAgree(String overlay) throws Exception {
        List<String> violations = new ArrayList<>();
        List<ManifestCheck.Resource> resources = ManifestCheck.bind(
                Kustomize.render(K8S.resolve("overlays").resolve(overlay)), violations);

        assertThat(violations).as("violations in overlay " + overlay).isEmpty();
        assertThat(names(resources, "Deployment")).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(names(resources, "Service")).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(names(resources, "KafkaTopic")).containsAll(topicsTheServicesUse());
        assertThat(names(resources, "Cluster")).containsExactly("polychron-postgres");
        assertThat(names(resources, "Ingress")).containsExactly("gateway");
        assertThat(names(resources, "HorizontalPodAutoscaler")).containsExactly("nlp-service");
        resources.stream().filter(r -> r.model() instanceof Deployment).forEach(r -> checkDeployment(
                (Deployment) r.model()));
        checkScaling(resources);
        checkSelectors(resources);
    }

    @Test
    void shouldReplaceCpuAutoscalerWithKedaWhenComponentIsAdded() throws Exception {
        Path dir = Files.createDirectories(ROOT.resolve("deploy/target/keda-overlay"));
        Files.writeString(dir.resolve("kustomization.yaml"), String.join("\n",
                "apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization",
                "resources: [../../k8s/base]", "components: [../../k8s/components/keda]", ""));
        List<String> violations = new ArrayList<>();
        List<ManifestCheck.Resource> resources = ManifestCheck.bind(Kustomize.render(dir), violations);

        assertThat(violations).isEmpty();
        assertThat(names(resources, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(names(resources, "ScaledObject")).containsExactly("nlp-service");
    }

    @Test
    void shouldReportFieldsTheModelDoesNotKnowAndWrongApiVersions() throws IOException {
        List<String> violations = new ArrayList<>();
        ManifestCheck.bind(String.join("\n",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: web}",
                "spec:", "  replicaz: 2", "  template:", "    spec:",
                "      containers: [{name: web, image: nginx, livenessProbes: {}}]",
                "---",
                "apiVersion: autoscaling/v1", "kind: HorizontalPodAutoscaler", "metadata: {name: web}",
                "---",
                "apiVersion: kafka.strimzi.io/v1beta2", "kind: KafkaTopic", "metadata: {name: t}",
                "spec: {partition: 3}",
                "---",
                "apiVersion: example.org/v1", "kind: Gadget", "metadata: {name: g}"), violations);

        assertThat(String.join("\n", violations)).contains("replicaz", "livenessProbes",
                "apiVersion autoscaling/v1", "partition", "no model for example.org/v1 Gadget");
    }

    private static void checkDeployment(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getImage()).as(name + " image").contains("polychron/" + name);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/live");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/ready");
        assertThat(container.getStartupProbe().getHttpGet().getPath()).as(name).isEqualTo("/q/health/started");
        assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).as(name + " limits").containsKey("memory");
        assertThat(container.getEnvFrom()).as(name + " settings")
                .anySatisfy(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo("polychron-config"));
    }

    /**
     * More consumers than partitions sit idle: the autoscaler may not go beyond documents.raw's partitions; and
     * timeline.events keeps one partition, whose order is the outbox sequence the streams resume by.
     */
    private static void checkScaling(List<ManifestCheck.Resource> resources) {
        int partitions = partitions(resources, "documents.raw");
        assertThat(partitions(resources, "timeline.events")).isEqualTo(1);
        HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) resources.stream()
                .filter(r -> r.model() instanceof HorizontalPodAutoscaler).findFirst().orElseThrow().model();
        assertThat(hpa.getSpec().getMaxReplicas()).isLessThanOrEqualTo(partitions);
    }

    /** Services, disruption budgets and the ingress point at pods and services that exist. */
    private static void checkSelectors(List<ManifestCheck.Resource> resources) {
        Set<String> podNames = resources.stream().filter(r -> r.kind().equals("Deployment"))
                .map(r -> r.tree().path("spec").path("template").path("metadata").path("labels")
                        .path("app.kubernetes.io/name").asText())
                .collect(Collectors.toSet());
        for (ManifestCheck.Resource r : resources) {
            JsonNode selector = switch (r.kind()) {
                case "Service" -> r.tree().path("spec").path("selector");
                case "PodDisruptionBudget" -> r.tree().path("spec").path("selector").path("matchLabels");
                default -> null;
            };
            if (selector != null) {
                assertThat(podNames).as(r.kind() + " " + r.name() + " selects pods")
                        .contains(selector.path("app.kubernetes.io/name").asText());
            }
        }
        Set<String> services = names(resources, "Service");
        resources.stream().filter(r -> r.kind().equals("Ingress")).forEach(r -> r.tree().findValues("service")
                .forEach(backend -> assertThat(services).contains(backend.path("name").asText())));
    }

    private static int partitions(List<ManifestCheck.Resource> resources, String topic) {
        return resources.stream().filter(r -> r.model() instanceof KafkaTopic t
                        && t.getMetadata().getName().equals(topic))
                .map(r -> ((KafkaTopic) r.model()).getSpec().getPartitions()).findFirst().orElseThrow();
    }

    private static Set<String> names(List<ManifestCheck.Resource> resources, String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).map(ManifestCheck.Resource::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every topic a service reads or writes, from its application.properties. */
    private static Set<String> topicsTheServicesUse() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String service : SERVICES) {
            Matcher m = TOPICS.matcher(Files.readString(ROOT.resolve(service)
                    .resolve("src/main/resources/application.properties")));
            while (m.find()) {
                Stream.of(m.group(1).split(",")).map(String::strip).forEach(topics::add);
            }
        }
        return topics;
    }
}
