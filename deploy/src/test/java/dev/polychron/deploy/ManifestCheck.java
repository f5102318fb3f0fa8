package dev.polychron.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rendered manifests and checks each against the API model of its kind: Kubernetes' own kinds against the
 * fabric8 Kubernetes model, Strimzi's against the Strimzi API model. A field the model does not know (a typo, a field
 * at the wrong level, one of another API version) is a violation, as is an apiVersion the model does not serve. Kinds
 * of other operators (CloudNativePG, KEDA, the Prometheus operator) have no Java model: they are only checked for
 * apiVersion, kind and name.
 */
final class ManifestCheck {

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("Namespace", Namespace.class), Map.entry("ConfigMap", ConfigMap.class),
            Map.entry("Secret", Secret.class), Map.entry("Service", Service.class),
            Map.entry("Deployment", Deployment.class), Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class), Map.entry("Ingress", Ingress.class),
            Map.entry("Kafka", Kafka.class), Map.entry("KafkaNodePool", KafkaNodePool.class),
            Map.entry("KafkaTopic", KafkaTopic.class));
    private static final Set<String> SHAPE_ONLY = Set.of("postgresql.cnpg.io/v1 Cluster",
            "keda.sh/v1alpha1 ScaledObject", "monitoring.coreos.com/v1 ServiceMonitor");

    private static final ObjectMapper YAML = new YAMLMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One document of a manifest stream: its raw tree and, for kinds with a model, the bound object. */
    record Resource(String apiVersion, String kind, String name, JsonNode tree, HasMetadata model) {
    }

    private ManifestCheck() {
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    /** Binds every document to its model; answers them, and adds a line to {@code violations} per problem. */
    static List<Resource> bind(String yaml, List<String> violations) throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode document : documents(yaml)) {
            String apiVersion = document.path("apiVersion").asText();
            String kind = document.path("kind").asText();
            String name = document.path("metadata").path("name").asText();
            String where = kind + " " + name;
            if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
                violations.add("a document without apiVersion, kind or metadata.name: " + document);
                continue;
            }
            Class<? extends HasMetadata> model = MODELS.get(kind);
            if (model == null) {
                if (!SHAPE_ONLY.contains(apiVersion + " " + kind)) {
                    violations.add(where + ": no model for " + apiVersion + " " + kind);
                }
                resources.add(new Resource(apiVersion, kind, name, document, null));
                continue;
            }
            String served = HasMetadata.getApiVersion(model);
            if (!served.equals(apiVersion)) {
                violations.add(where + ": apiVersion " + apiVersion + ", the model serves " + served);
            }
            HasMetadata bound = YAML.treeToValue(document, model);
            unknownFields(bound, where, violations, Collections.newSetFromMap(new IdentityHashMap<>()));
            resources.add(new Resource(apiVersion, kind, name, document, bound));
        }
        return resources;
    }

    /** Walks the bound object: every field the model did not know lands in some object's additional properties. */
    private static void unknownFields(Object value, String path, List<String> violations, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", violations, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, violations, seen));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    violations.add(path + ": unknown fields " + unknown.keySet());
                }
            } else {
                unknownFields(field, path + "." + getter.getName().substring(3), violations, seen);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
