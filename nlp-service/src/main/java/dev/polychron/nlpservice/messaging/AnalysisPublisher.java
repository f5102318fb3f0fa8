package dev.polychron.nlpservice.messaging;

import dev.polychron.events.DatesExtracted;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.nlpservice.service.AnalysisService;
import dev.polychron.support.messaging.KeyedSender;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.concurrent.CompletableFuture;

/** Publishes a document's entities and dates, keyed by document id, and completes when the broker has both. */
@ApplicationScoped
public class AnalysisPublisher {

    private final Emitter<EntitiesExtracted> entities;
    private final Emitter<DatesExtracted> dates;

    public AnalysisPublisher(@Channel("nlp-entities") Emitter<EntitiesExtracted> entities,
                             @Channel("nlp-dates") Emitter<DatesExtracted> dates) {
        this.entities = entities;
        this.dates = dates;
    }

    public CompletableFuture<Void> publish(AnalysisService.Results results) {
        String key = results.entities().documentId();
        return CompletableFuture.allOf(
                KeyedSender.send(entities, key, results.entities()),
                KeyedSender.send(dates, key, results.dates()));
    }
}
