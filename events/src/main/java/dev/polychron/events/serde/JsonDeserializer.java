package dev.polychron.events.serde;

import org.apache.kafka.common.serialization.Deserializer;

/** Reads one payload type from Kafka JSON; a subclass per payload lets Quarkus pick it by type. */
public abstract class JsonDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected JsonDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : Json.read(data, type);
    }
}
