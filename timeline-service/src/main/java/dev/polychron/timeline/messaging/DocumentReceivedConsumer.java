package dev.polychron.timeline.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records every accepted document, so that its id answers RECEIVED from the start; see documents.raw.dlq. */
@ApplicationScoped
public class DocumentReceivedConsumer {

    private final DocumentService documents;
    private final DeliveryRetry retry;

    public DocumentReceivedConsumer(DocumentService documents, DeliveryRetry retry) {
        this.documents = documents;
        this.retry = retry;
    }

    @Incoming("documents-raw")
    @Blocking
    public void consume(DocumentIngested message) {
        retry.apply("documents.raw " + message.eventId() + " of document " + message.documentId(),
                () -> documents.received(message));
    }
}
