package dev.polychron.events.serde;

import dev.polychron.events.EntitiesExtracted;

/** Kafka deserializer of {@link EntitiesExtracted}. */
public class EntitiesExtractedDeserializer extends JsonDeserializer<EntitiesExtracted> {

    public EntitiesExtractedDeserializer() {
        super(EntitiesExtracted.class);
    }
}
