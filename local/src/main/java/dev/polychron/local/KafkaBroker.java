package dev.polychron.local;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** A single-node Apache Kafka broker in KRaft mode, run from the broker jars in {@code local/target/kafka-lib}. */
final class KafkaBroker {

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final long FORMAT_TIMEOUT_SECONDS = 120;
    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());

    private final StackHome home;
    private final Path libDir;
    private final int port;
    private final int controllerPort;

    KafkaBroker(StackHome home, Path libDir, int port, int controllerPort) {
        this.home = home;
        this.libDir = libDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Writes the configuration, and formats the storage unless an earlier run already did (data survives). */
    void prepare() throws IOException, InterruptedException {
        if (!Files.isDirectory(libDir)) {
            throw new IllegalStateException("no Kafka broker jars in " + libDir + "; build with ./mvnw install");
        }
        Files.createDirectories(dataDir());
        Files.writeString(configFile(), serverProperties(), StandardCharsets.UTF_8);
        if (!Files.exists(dataDir().resolve("meta.properties"))) {
            format();
        }
    }

    ProcessSpec spec() {
        return new ProcessSpec(Stack.KAFKA, ProcessRole.INFRASTRUCTURE,
                JavaCommand.of(home, Stack.KAFKA, JVM_OPTIONS, List.of("-cp", classpath(), "kafka.Kafka",
                        configFile().toString())),
                Map.of(), home.kafkaDir(), Probes.kafka(port));
    }

    String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + dataDir(),
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private void format() throws IOException, InterruptedException {
        LOG.info("Formatting the Kafka storage (first run in this home)");
        List<String> command = List.of(JavaCommand.javaBinary(), "-Xmx256m", "-cp", classpath(),
                "kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", configFile().toString());
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logFile(Stack.KAFKA).toFile()))
                .start();
        if (!format.waitFor(FORMAT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting the Kafka storage timed out");
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (exit code " + format.exitValue()
                    + "); see " + home.logFile(Stack.KAFKA));
        }
    }

    private String classpath() {
        return libDir.resolve("*").toString();
    }

    private Path dataDir() {
        return home.kafkaDir().resolve("data");
    }

    private Path configFile() {
        return home.kafkaDir().resolve("server.properties");
    }
}
