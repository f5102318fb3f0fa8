package dev.polychron.timeline.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReplayerTest {

    private static final byte[] KEY = bytes("doc-1");
    private static final byte[] VALUE = bytes("{\"eventId\":\"e-1\"}");

    @Test
    void shouldSendRecordBackToItsTopicWithKeyValueAndOwnHeadersWhenReplayed() {
        var dead = new ConsumerRecord<>("documents.raw.dlq", 1, 17, KEY, VALUE);
        dead.headers().add("dead-letter-topic", bytes("documents.raw"));
        dead.headers().add("dead-letter-reason", bytes("boom"));
        dead.headers().add("deserialization-failure-data", VALUE);
        dead.headers().add("traceparent", bytes("00-abc-01"));

        ProducerRecord<byte[], byte[]> replayed = DeadLetterReplayer.original(dead);

        assertThat(replayed.topic()).isEqualTo("documents.raw");
        assertThat(replayed.partition()).isNull();
        assertThat(replayed.key()).isEqualTo(KEY);
        assertThat(replayed.value()).isEqualTo(VALUE);
        assertThat(Arrays.stream(replayed.headers().toArray()).map(Header::key))
                .containsExactly("traceparent", "replayed-from");
        assertThat(replayed.headers().lastHeader("replayed-from").value())
                .asString(StandardCharsets.UTF_8).isEqualTo("documents.raw.dlq/1/17");
    }

    @Test
    void shouldDeriveTopicFromDeadLetterTopicWhenHeaderIsMissing() {
        var dead = new ConsumerRecord<>("nlp.dates.dlq", 0, 3, KEY, VALUE);
        dead.headers().add("replayed-from", bytes("nlp.dates.dlq/0/1"));

        ProducerRecord<byte[], byte[]> replayed = DeadLetterReplayer.original(dead);

        assertThat(replayed.topic()).isEqualTo("nlp.dates");
        assertThat(replayed.headers().headers("replayed-from")).hasSize(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
