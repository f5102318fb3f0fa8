package dev.polychron.timeline.messaging;

import dev.polychron.events.Topics;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends dead-lettered records back to the topics they came from, for an operator, once the cause is fixed (a new
 * release, a repaired database). It reads each dead-letter topic from where the previous replay stopped (the
 * consumer group {@value #GROUP}) up to its end as it was when the replay began, republishes every record with its
 * key, value and original headers (without the {@code dead-letter-*} and {@code deserialization-failure-*} ones, plus
 * {@value #REPLAYED_FROM_HEADER}), and commits only once the broker acknowledged them all. Consumers are idempotent,
 * so a replay that is interrupted and run again, or a record that two consumers had dead-lettered, changes nothing
 * twice; a record that fails again is dead-lettered again, after the end this replay stopped at.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    /** The dead-letter topics of the pipeline's consumers, which the timeline reads for FAILED documents. */
    public static final List<String> TOPICS = List.of(Topics.deadLetter(Topics.DOCUMENTS_RAW),
            Topics.deadLetter(Topics.NLP_ENTITIES), Topics.deadLetter(Topics.NLP_DATES));
    static final String GROUP = "timeline-service.dead-letter-replay";
    static final String REPLAYED_FROM_HEADER = "replayed-from";
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    public DeadLetterReplayer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** How many records went back, per dead-letter topic. */
    public record Replay(Map<String, Integer> replayed, int total) {
    }

    /**
     * Replays what the given dead-letter topics hold now; one replay at a time in this process.
     *
     * @throws TimeoutException when the broker does not answer, or the records are not all sent, within
     *     {@code timeout}; nothing is committed then, and the next replay sends the same records again
     */
    public synchronized Replay replay(List<String> topics, Duration timeout)
            throws TimeoutException, ExecutionException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(timeout))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo partition : consumer.partitionsFor(topic, remaining(deadline))) {
                    partitions.add(new TopicPartition(topic, partition.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, remaining(deadline));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    consumer.committed(new HashSet<>(partitions), remaining(deadline));
            Set<TopicPartition> unread = new HashSet<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata start = committed.get(partition);
                if (start == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, start.offset());
                }
                if (consumer.position(partition, remaining(deadline)) < ends.get(partition)) {
                    unread.add(partition);
                }
            }
            Map<String, Integer> counts = new TreeMap<>();
            topics.forEach(topic -> counts.put(topic, 0));
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (!unread.isEmpty()) {
                Duration wait = remaining(deadline).compareTo(POLL) < 0 ? remaining(deadline) : POLL;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        sent.add(producer.send(original(record)));
                        counts.merge(record.topic(), 1, Integer::sum);
                    }
                }
                unread.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            ends.forEach((partition, end) -> done.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(done, remaining(deadline));
            Log.infof("Replayed dead letters: %s", counts);
            return new Replay(counts, sent.size());
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new TimeoutException("the broker did not answer in time: " + e.getMessage());
        }
    }

    /** The record as it was before it was dead-lettered, bound for its original topic. */
    static ProducerRecord<byte[], byte[]> original(ConsumerRecord<byte[], byte[]> record) {
        Header origin = record.headers().lastHeader(DeadLetter.TOPIC_HEADER);
        String topic = origin != null ? new String(origin.value(), StandardCharsets.UTF_8)
                : record.topic().substring(0, record.topic().length() - Topics.DEAD_LETTER_SUFFIX.length());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-") && !header.key().startsWith("deserialization-failure-")
                    && !header.key().equals(REPLAYED_FROM_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM_HEADER, (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    private static Duration remaining(Instant deadline) throws TimeoutException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new TimeoutException("the replay did not finish in time");
        }
        return left;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    }

    private Map<String, Object> producerConfig(Duration timeout) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 10_000),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    }
}
