package dev.polychron.events.serde;

import dev.polychron.events.DatesExtracted;

/** Kafka deserializer of {@link DatesExtracted}. */
public class DatesExtractedDeserializer extends JsonDeserializer<DatesExtracted> {

    public DatesExtractedDeserializer() {
        super(DatesExtracted.class);
    }
}
