package dev.polychron.events.serde;

import org.apache.kafka.common.serialization.Serializer;

/** Writes any payload record as JSON for Kafka. */
public class JsonSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : Json.write(data);
    }
}
