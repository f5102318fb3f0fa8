package dev.polychron.timeline.messaging;

import dev.polychron.events.EntitiesExtracted;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores the entity mentions of a document and feeds the entity registry. */
@ApplicationScoped
public class EntitiesConsumer {

    private final DocumentService documents;

    public EntitiesConsumer(DocumentService documents) {
        this.documents = documents;
    }

    @Incoming("nlp-entities")
    @Blocking
    public void consume(EntitiesExtracted message) {
        documents.entitiesExtracted(message);
    }
}
