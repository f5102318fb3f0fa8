package dev.polychron.timeline.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A record read from a dead-letter topic, as SmallRye's {@code dead-letter-queue} failure strategy writes it: the
 * original key (the document id) and value, the original topic in {@code dead-letter-topic}, the error in
 * {@code dead-letter-reason} (for a record that could not even be decoded, the decoder's error).
 *
 * @param id where the record sits ({@code <topic>/<partition>/<offset>}), unique, so applying it twice is detectable
 * @param documentId the record's key, or null when it had none
 * @param topic the topic the record had been read from, before it was dead-lettered
 * @param reason the error, as the document shows it
 */
public record DeadLetter(String id, String documentId, String topic, String reason) {

    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String REASON_HEADER = "dead-letter-reason";
    public static final String CAUSE_HEADER = "dead-letter-cause";
    public static final String DESERIALIZATION_REASON_HEADER = "deserialization-failure-reason";
    /** Reasons are cut to this many characters: enough for the cause, never a whole stack or payload. */
    static final int MAX_REASON_LENGTH = 1000;

    static DeadLetter of(IncomingKafkaRecordMetadata<?, ?> record) {
        Headers headers = record.getHeaders();
        String topic = header(headers, TOPIC_HEADER).orElseGet(() -> stripSuffix(record.getTopic()));
        String reason = header(headers, REASON_HEADER)
                .or(() -> header(headers, DESERIALIZATION_REASON_HEADER))
                .orElse("no reason given");
        boolean undecodable = headers.lastHeader(DESERIALIZATION_REASON_HEADER) != null;
        String described = (undecodable ? "A record of " + topic + " could not be decoded: "
                : "A record of " + topic + " could not be processed: ") + reason;
        Object key = record.getKey();
        return new DeadLetter(record.getTopic() + "/" + record.getPartition() + "/" + record.getOffset(),
                key == null ? null : key.toString(), topic, cut(described));
    }

    private static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String stripSuffix(String deadLetterTopic) {
        return deadLetterTopic.endsWith(".dlq")
                ? deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlq".length())
                : deadLetterTopic;
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
