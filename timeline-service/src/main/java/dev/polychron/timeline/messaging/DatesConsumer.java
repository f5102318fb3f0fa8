package dev.polychron.timeline.messaging;

import dev.polychron.events.DatesExtracted;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores the date mentions and event candidates of a document; what keeps failing goes to nlp.dates.dlq. */
@ApplicationScoped
public class DatesConsumer {

    private final DocumentService documents;
    private final DeliveryRetry retry;

    public DatesConsumer(DocumentService documents, DeliveryRetry retry) {
        this.documents = documents;
        this.retry = retry;
    }

    @Incoming("nlp-dates")
    @Blocking
    public void consume(DatesExtracted message) {
        retry.apply("nlp.dates " + message.eventId() + " of document " + message.documentId(),
                () -> documents.datesExtracted(message));
    }
}
