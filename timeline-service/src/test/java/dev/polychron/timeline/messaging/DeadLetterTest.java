package dev.polychron.timeline.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {

    private static final String DOCUMENT = "doc-7";

    @Test
    void shouldTakeDocumentTopicAndReasonFromHeadersWhenProcessingFailed() {
        var record = record("nlp.dates.dlq", DOCUMENT);
        header(record, "dead-letter-topic", "nlp.dates");
        header(record, "dead-letter-reason", "timeline-service gave up on nlp.dates e-1 after 5 attempts: boom");

        DeadLetter letter = DeadLetter.of(new IncomingKafkaRecordMetadata<>(record, "dead-letters"));

        assertThat(letter.id()).isEqualTo("nlp.dates.dlq/2/41");
        assertThat(letter.documentId()).isEqualTo(DOCUMENT);
        assertThat(letter.topic()).isEqualTo("nlp.dates");
        assertThat(letter.reason()).isEqualTo(
                "A record of nlp.dates could not be processed: timeline-service gave up on nlp.dates e-1 after 5 "
                        + "attempts: boom");
    }

    @Test
    void shouldSayRecordWasUndecodableWhenDeserializationFailed() {
        var record = record("documents.raw.dlq", DOCUMENT);
        header(record, "dead-letter-topic", "documents.raw");
        header(record, "dead-letter-reason", "Unexpected character ('n')");
        header(record, "deserialization-failure-reason", "Unexpected character ('n')");

        DeadLetter letter = DeadLetter.of(new IncomingKafkaRecordMetadata<>(record, "dead-letters"));

        assertThat(letter.reason())
                .isEqualTo("A record of documents.raw could not be decoded: Unexpected character ('n')");
    }

    @Test
    void shouldFallBackToTopicNameAndCutReasonWhenHeadersAreMissingOrLong() {
        var record = record("nlp.entities.dlq", null);
        header(record, "dead-letter-reason", "x".repeat(5000));

        DeadLetter letter = DeadLetter.of(new IncomingKafkaRecordMetadata<>(record, "dead-letters"));

        assertThat(letter.topic()).isEqualTo("nlp.entities");
        assertThat(letter.documentId()).isNull();
        assertThat(letter.reason()).hasSize(DeadLetter.MAX_REASON_LENGTH).endsWith("…");
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key) {
        return new ConsumerRecord<>(topic, 2, 41, key, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
