package dev.polychron.gateway.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polychron.events.Topics;
import dev.polychron.events.serde.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentTest {

    /** The golden payloads of the events module, one per topic, as the services write them. */
    private static final Path GOLDEN = Path.of("../events/src/test/resources/golden");
    private static final Map<String, String> GOLDEN_BY_TOPIC = Map.of(
            Topics.DOCUMENTS_RAW, "document-ingested.json", Topics.NLP_ENTITIES, "entities-extracted.json",
            Topics.NLP_DATES, "dates-extracted.json", Topics.TIMELINE_EVENTS, "timeline-updated.json");
    private final JsonNode document = AsyncApiDocument.build("1.0", "kafka:9092");

    @Test
    void shouldDescribeEveryTopicWithItsMessage() {
        Set<String> addresses = new TreeSet<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder(Topics.DOCUMENTS_RAW, Topics.NLP_ENTITIES, Topics.NLP_DATES,
                Topics.TIMELINE_EVENTS);
        assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
        document.get("channels").fields().forEachRemaining(channel -> {
            String reference = channel.getValue().get("messages").elements().next().get("$ref").asText();
            assertThat(document.at(reference.substring(1)).get("payload").get("properties")).isNotNull();
        });
    }

    @Test
    void shouldAcceptTheGoldenPayloadOfEveryTopic() throws IOException {
        for (TopicCatalog.Topic topic : TopicCatalog.TOPICS) {
            JsonNode payload = Json.mapper().readTree(Files.readAllBytes(GOLDEN.resolve(
                    GOLDEN_BY_TOPIC.get(topic.address()))));
            List<String> problems = new ArrayList<>();
            validate(AsyncApiDocument.payloadSchema(topic.payload()), payload, "$", problems);
            assertThat(problems).as(topic.address()).isEmpty();
        }
    }

    @Test
    void shouldRefuseAPayloadWithAMissingFieldAWrongTypeOrAnUnknownEnumValue() throws IOException {
        JsonNode schema = AsyncApiDocument.payloadSchema(TopicCatalog.TOPICS.get(2).payload());
        ObjectNode payload = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(
                GOLDEN.resolve("dates-extracted.json")));
        payload.remove("language");
        payload.put("schemaVersion", "two");
        ((ObjectNode) payload.get("mentions").get(0)).put("granularity", "eon");
        List<String> problems = new ArrayList<>();

        validate(schema, payload, "$", problems);

        assertThat(problems).anyMatch(p -> p.contains("$.language missing"))
                .anyMatch(p -> p.startsWith("$.schemaVersion"))
                .anyMatch(p -> p.startsWith("$.mentions[0].granularity"));
    }

    /** The part of JSON Schema the generated schemas use: anyOf, type, properties, required, items, enum. */
    private static void validate(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("anyOf")) {
            List<List<String>> attempts = new ArrayList<>();
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                validate(alternative, value, path, attempt);
                attempts.add(attempt);
            }
            if (attempts.stream().noneMatch(List::isEmpty)) {
                problems.add(path + " matches no alternative: " + attempts);
            }
            return;
        }
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.get("type");
        if (type != null) {
            (type.isArray() ? StreamSupport.stream(type.spliterator(), false).toList() : List.of(type))
                    .forEach(t -> types.add(t.asText()));
            if (!types.contains(typeOf(value)) && !(types.contains("number") && value.isIntegralNumber())) {
                problems.add(path + " is " + typeOf(value) + ", expected " + types);
                return;
            }
        }
        if (schema.has("enum") && !value.isNull() && StreamSupport.stream(schema.get("enum").spliterator(), false)
                .noneMatch(value::equals)) {
            problems.add(path + " " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isObject() && schema.has("properties")) {
            schema.get("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    problems.add(path + "." + name.asText() + " missing");
                }
            });
            value.fields().forEachRemaining(field -> {
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property == null) {
                    problems.add(path + "." + field.getKey() + " is not in the schema");
                } else {
                    validate(property, field.getValue(), path + "." + field.getKey(), problems);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> value.isIntegralNumber() ? "integer" : "number";
        };
    }
}
