package dev.polychron.events.serde;

import dev.polychron.events.DocumentIngested;

/** Kafka deserializer of {@link DocumentIngested}. */
public class DocumentIngestedDeserializer extends JsonDeserializer<DocumentIngested> {

    public DocumentIngestedDeserializer() {
        super(DocumentIngested.class);
    }
}
