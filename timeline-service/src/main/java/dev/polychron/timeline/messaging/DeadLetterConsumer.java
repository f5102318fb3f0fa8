package dev.polychron.timeline.messaging;

import dev.polychron.timeline.service.DocumentService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Marks a document FAILED, with the reason, when a consumer gave up on one of its records and dead-lettered it: any
 * of documents.raw.dlq (nlp-service or timeline-service), nlp.entities.dlq and nlp.dates.dlq. The records stay in
 * those topics for an operator to replay ({@code POST /admin/dead-letters/replay}).
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private final DocumentService documents;
    private final DeliveryRetry retry;

    public DeadLetterConsumer(DocumentService documents, DeliveryRetry retry) {
        this.documents = documents;
        this.retry = retry;
    }

    @Incoming("dead-letters")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).map(DeadLetter::of).ifPresent(letter -> {
            if (letter.documentId() == null) {
                Log.errorf("Dead letter %s names no document: %s", letter.id(), letter.reason());
            } else {
                retry.apply("dead letter " + letter.id(),
                        () -> documents.failed(letter.id(), letter.documentId(), letter.reason()));
            }
        });
        return message.ack();
    }
}
