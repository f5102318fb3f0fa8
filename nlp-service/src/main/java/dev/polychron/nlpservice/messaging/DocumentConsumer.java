package dev.polychron.nlpservice.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.nlpservice.service.AnalysisService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Analyses each ingested document; its offset is committed only once both results are on the broker. */
@ApplicationScoped
public class DocumentConsumer {

    private final AnalysisService analysis;
    private final AnalysisPublisher publisher;

    public DocumentConsumer(AnalysisService analysis, AnalysisPublisher publisher) {
        this.analysis = analysis;
        this.publisher = publisher;
    }

    @Incoming("documents-raw")
    @Blocking
    public CompletionStage<Void> consume(DocumentIngested document) {
        return publisher.publish(analysis.analyze(document));
    }
}
