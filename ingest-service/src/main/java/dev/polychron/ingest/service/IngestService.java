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
import java.time.Instant;
import java.util.UUID;

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

    /** Publishes the document and returns its id. */
    public String accept(DocumentUpload upload) {
        String sha256 = DocumentIds.sha256(upload.text());
        String id = DocumentIds.idOf(sha256);
        Instant now = clock.instant();
        var document = new DocumentIngested(UUID.randomUUID().toString(), now, DocumentIngested.SCHEMA_VERSION, id,
                sha256, upload.title(), upload.url(), upload.language(), upload.publishedAt(), now, upload.text());
        try {
            publisher.publish(document, config.publishTimeout());
        } catch (PublishFailedException e) {
            Log.warnf("Document %s not accepted: %s", id, e.getMessage());
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The document could not be stored now; try again later", RETRY_AFTER_SECONDS);
        }
        Log.infof("Accepted document %s (%d chars)", id, upload.text().length());
        return id;
    }
}
