package dev.polychron.timeline.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records every accepted document, so that its id answers RECEIVED from the start. */
@ApplicationScoped
public class DocumentReceivedConsumer {

    private final DocumentService documents;

    public DocumentReceivedConsumer(DocumentService documents) {
        this.documents = documents;
    }

    @Incoming("documents-raw")
    @Blocking
    public void consume(DocumentIngested message) {
        documents.received(message);
    }
}
