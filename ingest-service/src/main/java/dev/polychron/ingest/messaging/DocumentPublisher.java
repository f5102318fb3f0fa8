package dev.polychron.ingest.messaging;

import dev.polychron.events.DocumentIngested;
import dev.polychron.support.messaging.KeyedSender;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes accepted documents to {@code documents.raw}, keyed by document id, and waits for the broker's ack. */
@ApplicationScoped
public class DocumentPublisher {

    private final Emitter<DocumentIngested> emitter;

    public DocumentPublisher(@Channel("documents-raw") Emitter<DocumentIngested> emitter) {
        this.emitter = emitter;
    }

    /** Returns once the broker acknowledged the record; throws {@link PublishFailedException} otherwise. */
    public void publish(DocumentIngested document, Duration timeout) {
        awaitAck(send(document), timeout);
    }

    /** Hands the record to the producer; the future completes when the broker acknowledged it. */
    public CompletableFuture<Void> send(DocumentIngested document) {
        return KeyedSender.send(emitter, document.documentId(), document);
    }

    /** Waits at most {@code timeout} for an ack of {@link #send}; throws {@link PublishFailedException} otherwise. */
    public void awaitAck(CompletableFuture<Void> acknowledged, Duration timeout) {
        try {
            acknowledged.get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new PublishFailedException(e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(e);
        }
    }
}
