package dev.polychron.timeline.messaging;

import dev.polychron.timeline.service.DocumentService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/** Marks a document FAILED, with the reason, when nlp-service gave up on it and sent it to the dead-letter topic. */
@ApplicationScoped
public class DeadLetterConsumer {

    private static final String REASON_HEADER = "dead-letter-reason";

    private final DocumentService documents;

    public DeadLetterConsumer(DocumentService documents) {
        this.documents = documents;
    }

    @Incoming("documents-raw-dlq")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(kafka -> {
            Header reason = kafka.getHeaders().lastHeader(REASON_HEADER);
            documents.failed(String.valueOf(kafka.getKey()),
                    reason == null ? "analysis failed" : new String(reason.value(), StandardCharsets.UTF_8));
        });
        return message.ack();
    }
}
