package dev.polychron.timeline.messaging;

import dev.polychron.events.DatesExtracted;
import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores the date mentions and event candidates of a document. */
@ApplicationScoped
public class DatesConsumer {

    private final DocumentService documents;

    public DatesConsumer(DocumentService documents) {
        this.documents = documents;
    }

    @Incoming("nlp-dates")
    @Blocking
    public void consume(DatesExtracted message) {
        documents.datesExtracted(message);
    }
}
