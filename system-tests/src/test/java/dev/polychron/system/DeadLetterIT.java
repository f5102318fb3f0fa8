package dev.polychron.system;

import dev.polychron.events.DateMention;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EventCandidate;
import dev.polychron.events.Granularity;
import dev.polychron.events.Topics;
import dev.polychron.events.serde.Json;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Poison messages on the real broker: records that cannot be decoded or keep failing go to their topic's dead-letter
 * topic, their document turns FAILED with the reason, the partition moves on, and an operator's replay brings a
 * dead-lettered document home. Poison is written straight to Kafka (no upload can make it); everything is observed
 * through the gateway, and the replay is the operator's call to timeline-service.
 */
@ExtendWith(SharedSystem.class)
class DeadLetterIT {

    private static final Duration SETTLING = Duration.ofSeconds(60);
    private static final String TEXT = "Dead-letter test %s, item %d. On 3 March 2011, Norway and Chile signed an "
            + "accord on fisheries in Oslo.";
    private static SystemUnderTest system;
    private static KafkaProducer<String, byte[]> kafka;

    @BeforeAll
    static void connect(SystemUnderTest shared) {
        system = shared;
        kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, shared.stack().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    @AfterAll
    static void disconnect() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    @Test
    void shouldMarkUndecodableRecordFailedAndKeepItsPartitionMoving() throws Exception {
        String run = run();
        int partitions = kafka.partitionsFor(Topics.DOCUMENTS_RAW).size();
        for (int partition = 0; partition < partitions; partition++) {
            send(new ProducerRecord<>(Topics.DOCUMENTS_RAW, partition, "poison-" + run + "-" + partition,
                    "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8)));
        }

        Map<Integer, String> behind = new HashMap<>();
        for (int item = 0; behind.size() < partitions; item++) {
            String id = api().header("X-API-Key", system.apiKey()).contentType(ContentType.TEXT)
                    .body(String.format(TEXT, run, item)).post("/api/documents")
                    .then().statusCode(202).extract().path("id");
            behind.putIfAbsent(partitionOf(id, partitions), id);
        }

        behind.values().forEach(id -> awaitStatus(id, "INDEXED"));
        for (int partition = 0; partition < partitions; partition++) {
            awaitStatus("poison-" + run + "-" + partition, "FAILED");
            api().get("/api/documents/poison-" + run + "-" + partition).then()
                    .body("reason", containsString("A record of documents.raw could not be decoded"));
        }
    }

    @Test
    void shouldMarkDocumentFailedAfterBoundedRetriesWhenItsDatesCannotBeStored() throws Exception {
        String key = "poison-dates-" + run();
        String sentence = "On 3 March 2011, Norway and Chile signed an accord.";
        DateMention date = new DateMention("3 March 2011", 3, 15, "2011-03-03", Granularity.DAY, null, null, false);
        var dates = new DatesExtracted(key + "-event", Instant.now(), DatesExtracted.SCHEMA_VERSION, "x".repeat(100),
                "en", List.of(date), List.of(new EventCandidate(0, sentence.length(), sentence, date, List.of())));

        send(new ProducerRecord<>(Topics.NLP_DATES, key, Json.write(dates)));

        awaitStatus(key, "FAILED");
        api().get("/api/documents/" + key).then()
                .body("reason", containsString("timeline-service gave up on nlp.dates " + key + "-event"))
                .body("reason", containsString("after 5 attempts"))
                .body("reason", containsString("value too long"));
    }

    @Test
    void shouldIndexDeadLetteredDocumentWhenOperatorReplaysDeadLetters() throws Exception {
        String id = "replayed-" + run();
        Instant now = Instant.now();
        var document = new DocumentIngested(UUID.randomUUID().toString(), now, DocumentIngested.SCHEMA_VERSION, id,
                "0".repeat(64), "Replayed", null, "en", null, now, String.format(TEXT, id, 0));
        var deadLetter = new ProducerRecord<String, byte[]>(Topics.deadLetter(Topics.DOCUMENTS_RAW), id,
                Json.write(document));
        deadLetter.headers().add("dead-letter-topic", Topics.DOCUMENTS_RAW.getBytes(StandardCharsets.UTF_8));
        deadLetter.headers().add("dead-letter-reason",
                "nlp-service gave up: the broker did not acknowledge".getBytes(StandardCharsets.UTF_8));
        send(deadLetter);
        awaitStatus(id, "FAILED");

        RestAssured.given().baseUri(system.stack().serviceUrl("timeline-service"))
                .post("/admin/dead-letters/replay")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));

        awaitStatus(id, "INDEXED");
        api().get("/api/documents/" + id).then().body("reason", nullValue());
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(SETTLING).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api().get("/api/documents/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    /** The partition the producers' default partitioner gives a key (murmur2 of its UTF-8 bytes). */
    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static void send(ProducerRecord<String, byte[]> record)
            throws InterruptedException, ExecutionException, TimeoutException {
        kafka.send(record).get(30, TimeUnit.SECONDS);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
