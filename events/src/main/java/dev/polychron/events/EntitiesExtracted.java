package dev.polychron.events;

import java.time.Instant;
import java.util.List;

/** The entity mentions nlp-service found in one document, published on {@link Topics#NLP_ENTITIES}. */
public record EntitiesExtracted(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String documentId,
        String language,
        List<EntityMention> mentions) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public EntitiesExtracted {
        mentions = List.copyOf(mentions);
    }
}
