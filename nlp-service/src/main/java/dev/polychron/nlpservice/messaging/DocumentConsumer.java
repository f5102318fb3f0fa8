package dev.polychron.nlpservice.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.nlpservice.service.AnalysisService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final Counter analysed;

    public DocumentConsumer(AnalysisService analysis, AnalysisPublisher publisher, DeliveryRetry retry,
                            MeterRegistry metrics) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.retry = retry;
        this.analysed = Counter.builder("polychron.documents.analyzed")
                .description("Documents this instance analysed and published the results of").register(metrics);
    }

    @Incoming("documents-raw")
    @Blocking
    public void consume(DocumentIngested document) {
        String what = "document " + document.documentId() + " (" + document.eventId() + ")";
        AnalysisService.Results results = retry.attempts(what, () -> analysis.analyze(document));
        retry.untilAcknowledged(what, () -> publisher.publish(results));
        analysed.increment();
    }
}
