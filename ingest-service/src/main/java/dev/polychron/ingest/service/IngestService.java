package dev.polychron.ingest.service;

import dev.polychron.events.DocumentIngested;
import dev.polychron.ingest.config.IngestConfig;
import dev.polychron.ingest.messaging.DocumentPublisher;
import dev.polychron.ingest.messaging.PublishFailedException;
import dev.polychron.support.rest.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Accepts a validated upload: gives it its content id and publishes it, answering only after the broker's ack. */
@ApplicationScoped
public class IngestService {

    private static final long RETRY_AFTER_SECONDS = 5;

    private final DocumentPublisher publisher;
    private final IngestConfig config;
    private final Clock clock;

    public IngestService(DocumentPublisher publisher, IngestConfig config) {
        this.publisher = publisher;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** What became of one document of a bulk upload: its id, and whether the broker acknowledged it. */
    public record Published(String id, boolean acknowledged) {
    }

    /** Publishes the document and returns its id. */
    public String accept(DocumentUpload upload) {
        DocumentIngested document = documentOf(upload);
        try {
            publisher.publish(document, config.publishTimeout());
        } catch (PublishFailedException e) {
            Log.warnf("Document %s not accepted: %s", document.documentId(), e.getMessage());
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The document could not be stored now; try again later", RETRY_AFTER_SECONDS);
        }
        Log.infof("Accepted document %s (%d chars)", document.documentId(), upload.text().length());
        return document.documentId();
    }

    /**
     * Publishes the documents a window at a time without waiting between them, then waits for every ack of the
     * window; one document the broker did not take does not stop the others.
     */
    public List<Published> acceptAll(List<DocumentUpload> uploads) {
        List<Published> published = new ArrayList<>(uploads.size());
        for (int from = 0; from < uploads.size(); from += config.bulkWindow()) {
            List<DocumentIngested> window = uploads.subList(from, Math.min(uploads.size(), from + config.bulkWindow()))
                    .stream().map(this::documentOf).toList();
            List<CompletableFuture<Void>> acks = window.stream().map(publisher::send).toList();
            Instant deadline = clock.instant().plus(config.publishTimeout());
            for (int i = 0; i < window.size(); i++) {
                published.add(new Published(window.get(i).documentId(), acknowledged(acks.get(i), deadline)));
            }
        }
        Log.infof("Accepted %d of %d bulk documents", published.stream().filter(Published::acknowledged).count(),
                uploads.size());
        return published;
    }

    private boolean acknowledged(CompletableFuture<Void> ack, Instant deadline) {
        try {
            publisher.awaitAck(ack, Duration.between(clock.instant(), deadline));
            return true;
        } catch (PublishFailedException e) {
            Log.warnf("A bulk document was not accepted: %s", e.getMessage());
            return false;
        }
    }

    private DocumentIngested documentOf(DocumentUpload upload) {
        String sha256 = DocumentIds.sha256(upload.text());
        Instant now = clock.instant();
        return new DocumentIngested(UUID.randomUUID().toString(), now, DocumentIngested.SCHEMA_VERSION,
                DocumentIds.idOf(sha256), sha256, upload.title(), upload.url(), upload.language(),
                upload.publishedAt(), now, upload.text());
    }
}
