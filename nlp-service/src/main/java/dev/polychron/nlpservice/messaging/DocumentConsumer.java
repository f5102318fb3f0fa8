package dev.polychron.nlpservice.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.nlpservice.service.AnalysisService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Analyses each ingested document; its offset is committed only once both results are on the broker. A document
 * whose analysis keeps failing, or a record that cannot be decoded, goes to documents.raw.dlq instead.
 */
@ApplicationScoped
public class DocumentConsumer {

    private final AnalysisService analysis;
    private final AnalysisPublisher publisher;
    private final DeliveryRetry retry;

    public DocumentConsumer(AnalysisService analysis, AnalysisPublisher publisher, DeliveryRetry retry) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.retry = retry;
    }

    @Incoming("documents-raw")
    @Blocking
    public void consume(DocumentIngested document) {
        String what = "document " + document.documentId() + " (" + document.eventId() + ")";
        AnalysisService.Results results = retry.attempts(what, () -> analysis.analyze(document));
        retry.untilAcknowledged(what, () -> publisher.publish(results));
    }
}
