package dev.polychron.timeline.messaging;

import dev.polychron.events.EntitiesExtracted;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores the entity mentions of a document and feeds the entity registry; what keeps failing: nlp.entities.dlq. */
@ApplicationScoped
public class EntitiesConsumer {

    private final DocumentService documents;
    private final DeliveryRetry retry;

    public EntitiesConsumer(DocumentService documents, DeliveryRetry retry) {
        this.documents = documents;
        this.retry = retry;
    }

    @Incoming("nlp-entities")
    @Blocking
    public void consume(EntitiesExtracted message) {
        retry.apply("nlp.entities " + message.eventId() + " of document " + message.documentId(),
                () -> documents.entitiesExtracted(message));
    }
}
