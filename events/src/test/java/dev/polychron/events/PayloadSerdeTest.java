package dev.polychron.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polychron.events.serde.DatesExtractedDeserializer;
import dev.polychron.events.serde.DocumentIngestedDeserializer;
import dev.polychron.events.serde.EntitiesExtractedDeserializer;
import dev.polychron.events.serde.Json;
import dev.polychron.events.serde.JsonDeserializer;
import dev.polychron.events.serde.JsonSerializer;
import dev.polychron.events.serde.TimelineUpdatedDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadSerdeTest {

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("document-ingested", PayloadFixtures.documentIngested(),
                        new DocumentIngestedDeserializer()),
                Arguments.of("entities-extracted", PayloadFixtures.entitiesExtracted(),
                        new EntitiesExtractedDeserializer()),
                Arguments.of("dates-extracted", PayloadFixtures.datesExtracted(), new DatesExtractedDeserializer()),
                Arguments.of("timeline-updated", PayloadFixtures.timelineUpdated(),
                        new TimelineUpdatedDeserializer()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void shouldRoundTripWhenSerializedForKafka(String name, Payload payload, JsonDeserializer<?> deserializer) {
        byte[] bytes = new JsonSerializer<Payload>().serialize("topic", payload);

        assertThat(deserializer.deserialize("topic", bytes)).isEqualTo(payload);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void shouldMatchGoldenJsonWhenSerialized(String name, Payload payload, JsonDeserializer<?> deserializer)
            throws IOException {
        JsonNode golden = Json.mapper().readTree(golden(name));

        assertThat(Json.mapper().readTree(Json.write(payload))).isEqualTo(golden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void shouldReadGoldenJsonWhenFieldsAreUnchanged(String name, Payload payload, JsonDeserializer<?> deserializer)
            throws IOException {
        assertThat(deserializer.deserialize("topic", golden(name))).isEqualTo(payload);
    }

    @Test
    void shouldReadAChangeOfSchemaOneAsAnEventWithEveryOneOfItsSources() throws IOException {
        ObjectNode first = (ObjectNode) Json.mapper().readTree(golden("timeline-updated"));
        ObjectNode event = (ObjectNode) first.get("event");
        event.remove("languages");
        event.remove("sourceCount");
        first.put("schemaVersion", 1);

        TimelineUpdated read = new TimelineUpdatedDeserializer().deserialize("topic", Json.write(first));

        assertThat(read.event().languages()).containsExactly("en");
        assertThat(read.event().sourceCount()).isEqualTo(1);
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = PayloadSerdeTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden sample %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
