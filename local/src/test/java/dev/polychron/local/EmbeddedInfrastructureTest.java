package dev.polychron.local;

import dev.polychron.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real embedded Kafka and PostgreSQL, started and stopped exactly as the stack does it, without services. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedInfrastructureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String KEY = "document-1";
    private static final String VALUE = "{\"schemaVersion\":1}";

    @TempDir
    static Path home;

    private static Stack stack;

    @BeforeAll
    static void startInfrastructure() {
        StackOptions options = StackOptions.forTests(StackOptions.findRoot(Path.of("")), home)
                .withServices(Set.of())
                .withReadyTimeout(Duration.ofSeconds(60));
        stack = Stack.start(options);
    }

    @AfterAll
    static void stopInfrastructure() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void shouldDeliverARecordThroughTheBroker() throws Exception {
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS_RAW, KEY, VALUE)).get();
        }

        assertThat(consumeOne(Topics.DOCUMENTS_RAW)).isEqualTo(VALUE);
    }

    @Test
    @Order(2)
    void shouldRunSqlInThePolychronDatabase() throws Exception {
        assertThat(query("SELECT current_database()")).isEqualTo("polychron");
    }

    @Test
    @Order(3)
    void shouldLowercaseBeyondAsciiInTheDatabase() throws Exception {
        assertThat(query("SELECT lower('ΡΩΣΊΑ')")).isEqualTo("ρωσία");
    }

    @Test
    @Order(4)
    void shouldRestartPostgresWhenItIsKilled() throws Exception {
        long killed = stack.pid(Stack.POSTGRES);

        stack.kill(Stack.POSTGRES);
        stack.awaitReady(Duration.ofSeconds(60));

        assertThat(stack.pid(Stack.POSTGRES)).isNotEqualTo(killed);
        assertThat(query("SELECT current_database()")).isEqualTo("polychron");
    }

    @Test
    @Order(5)
    void shouldRestartKafkaOnARequestFromAnotherShell() throws Exception {
        long before = stack.pid(Stack.KAFKA);

        Files.writeString(new StackHome(home).restartRequest(Stack.KAFKA), "");

        Instant deadline = Instant.now().plus(TIMEOUT);
        while (pidOrZero(Stack.KAFKA) == before || pidOrZero(Stack.KAFKA) == 0) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        stack.awaitReady(Duration.ofSeconds(60));
        assertThat(consumeOne(Topics.DOCUMENTS_RAW)).isEqualTo(VALUE);
    }

    @Test
    @Order(6)
    void shouldLeaveNoProcessBehindWhenClosed() {
        List<ProcessHandle> started = new ArrayList<>();
        for (String name : List.of(Stack.KAFKA, Stack.POSTGRES)) {
            ProcessHandle process = ProcessHandle.of(stack.pid(name)).orElseThrow();
            started.add(process);
            process.descendants().forEach(started::add);
        }
        Optional<ProcessHandle> server = Postmaster.running(home.resolve("postgres"));
        assertThat(server).isPresent();
        started.add(server.get());
        server.get().descendants().forEach(started::add);

        stack.close();

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(Files.exists(new StackHome(home).pidFile(Stack.KAFKA))).isFalse();
    }

    private static long pidOrZero(String name) {
        return new StackHome(home).readPid(name).orElse(0);
    }

    private static String consumeOne(String topic) {
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = IntStream.range(0, StackOptions.DEFAULT_TOPIC_PARTITIONS)
                    .mapToObj(partition -> new TopicPartition(topic, partition))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (KEY.equals(record.key())) {
                        return record.value();
                    }
                }
            }
            return null;
        }
    }

    private static String query(String sql) throws Exception {
        Database database = stack.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
