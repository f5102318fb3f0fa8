package dev.polychron.support.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;

/** Sends a payload with a Kafka key and tells when the broker acknowledged it. */
public final class KeyedSender {

    private KeyedSender() {
    }

    /** Completes when the broker acknowledged the record, exceptionally when it refused or the send failed. */
    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, String key, T payload) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<T> message = Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }
}
