package dev.polychron.gateway.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.polychron.events.Topics;
import dev.polychron.events.serde.Json;

/**
 * The topics as a public interface: an AsyncAPI 3.0 document whose message payloads are JSON Schemas generated from
 * the payload records of the {@code events} module, so the document cannot drift from what the services send.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper JSON = Json.mapper();
    private static final SchemaGenerator SCHEMAS = new SchemaGenerator(new SchemaGeneratorConfigBuilder(JSON,
            SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
            // enums travel as their @JsonValue ("day", not DAY)
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
            // a message's schema stands alone inside the document, so nothing may point at shared definitions
            .with(Option.INLINE_ALL_SCHEMAS, Option.FLATTENED_ENUMS, Option.EXTRA_OPEN_API_FORMAT_VALUES,
                    Option.NULLABLE_FIELDS_BY_DEFAULT)
            .without(Option.SCHEMA_VERSION_INDICATOR)
            .build());

    private AsyncApiDocument() {
    }

    /** The JSON Schema of a payload record: every field is always present (null when it has no value). */
    public static ObjectNode payloadSchema(Class<?> payload) {
        ObjectNode schema = SCHEMAS.generateSchema(payload);
        requireEveryProperty(schema);
        return schema;
    }

    public static ObjectNode build(String version, String kafkaServers) {
        ObjectNode document = JSON.createObjectNode().put("asyncapi", "3.0.0");
        document.putObject("info").put("title", "Polychron topics").put("version", version)
                .put("description", "The Kafka topics that connect Polychron's services, readable by anyone with"
                        + " access to the broker. Payloads are JSON with a `schemaVersion`; readers ignore fields"
                        + " they do not know. A message a consumer cannot process goes to the topic's dead-letter"
                        + " topic (`<topic>" + Topics.DEAD_LETTER_SUFFIX + "`) with the error in its headers.");
        document.put("defaultContentType", "application/json");
        document.putObject("servers").putObject("kafka").put("host", kafkaServers).put("protocol", "kafka");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (TopicCatalog.Topic topic : TopicCatalog.TOPICS) {
            String message = topic.payload().getSimpleName();
            ObjectNode channel = channels.putObject(topic.channel()).put("address", topic.address())
                    .put("description", topic.description());
            channel.putObject("messages").putObject(message).put("$ref", "#/components/messages/" + message);
            ObjectNode operation = operations.putObject("send" + message).put("action", "send")
                    .put("summary", topic.producer() + " publishes " + message + " on " + topic.address());
            operation.putObject("channel").put("$ref", "#/channels/" + topic.channel());
            ObjectNode described = messages.putObject(message).put("name", message)
                    .put("contentType", "application/json");
            described.set("payload", payloadSchema(topic.payload()));
            described.putObject("bindings").putObject("kafka").putObject("key").put("type", "string")
                    .put("description", topic.key());
        }
        return document;
    }

    private static void requireEveryProperty(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties")) {
            var required = object.putArray("required");
            object.get("properties").fieldNames().forEachRemaining(required::add);
        }
        schema.forEach(AsyncApiDocument::requireEveryProperty);
    }
}
