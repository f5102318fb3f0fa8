package dev.polychron.local;

import dev.polychron.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/** Creates the Polychron topics, tolerating ones that exist and a broker that is still settling. */
final class KafkaTopics {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private KafkaTopics() {
    }

    /**
     * Partitions of a topic: timeline.events has one, so that its order is the outbox sequence for every reader
     * (the gateway's streams resume by sequence); the others {@code partitions}, the unit of scale-out.
     */
    static int partitionsOf(String topic, int partitions) {
        return topic.startsWith(Topics.TIMELINE_EVENTS) ? 1 : partitions;
    }

    /** Every topic the services use, with its dead-letter topic. */
    static List<String> all() {
        return Stream.of(Topics.DOCUMENTS_RAW, Topics.NLP_ENTITIES, Topics.NLP_DATES, Topics.TIMELINE_EVENTS)
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .toList();
    }

    static void create(String bootstrapServers, List<String> topics, int partitions, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Set<String> missing = new LinkedHashSet<>(topics);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            Throwable lastFailure = null;
            while (!missing.isEmpty()) {
                List<NewTopic> requested = missing.stream()
                        .map(topic -> new NewTopic(topic, Optional.of(partitionsOf(topic, partitions)), Optional.empty()))
                        .toList();
                for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(requested).values().entrySet()) {
                    try {
                        result.getValue().get();
                        missing.remove(result.getKey());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof TopicExistsException) {
                            missing.remove(result.getKey());
                        } else {
                            lastFailure = e.getCause();
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("could not create the topics " + missing, lastFailure);
                    }
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        }
    }
}
