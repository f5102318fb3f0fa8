package dev.polychron.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to start a {@link Stack}.
 *
 * @param root the checkout: services' jars are {@code <root>/<service>/target/quarkus-app/quarkus-run.jar}, the
 *     broker's jars {@code <root>/local/target/kafka-lib}, samples {@code <root>/samples}
 * @param home where data, logs, pid files and the ports file go; a restart keeps it, deleting it starts afresh
 * @param preferredPorts port per process name, used when free; a process without one gets any free port
 * @param services the services to run (all four for the real system)
 * @param loadSamples whether to upload {@code <root>/samples/*.json} and print the timeline once ready
 * @param externalKafka bootstrap servers of a Kafka to use instead of the embedded broker
 * @param externalDatabase a PostgreSQL database to use instead of the embedded server
 * @param topicPartitions partitions of each topic the stack creates
 * @param readyTimeout how long to wait for each group of processes to become ready
 * @param apiKey the gateway's API key; without one, the key stored in the home is used or a new one generated
 * @param serviceJvmOptions JVM options for each service
 * @param serviceImages where the services' container images are unpacked ({@code <dir>/<service>/config.json} and
 *     {@code rootfs}, as {@code deploy/images/build-images} leaves them): the services then run from their images,
 *     each chrooted into its root filesystem, instead of from the checkout's jars
 */
public record StackOptions(
        Path root,
        Path home,
        Map<String, Integer> preferredPorts,
        Set<Service> services,
        boolean loadSamples,
        Optional<String> externalKafka,
        Optional<Database> externalDatabase,
        int topicPartitions,
        Duration readyTimeout,
        Optional<String> apiKey,
        List<String> serviceJvmOptions,
        Optional<Path> serviceImages) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_TOPIC_PARTITIONS = 3;
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    /** The conventional ports the CLI tries first. */
    public static final Map<String, Integer> CLI_PORTS = cliPorts();

    public StackOptions {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        preferredPorts = Map.copyOf(preferredPorts);
        services = Collections.unmodifiableSet(
                services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        if (topicPartitions < 1) {
            throw new IllegalArgumentException("topicPartitions must be positive: " + topicPartitions);
        }
    }

    /** Any free ports, every service, no samples: what the system tests want. */
    public static StackOptions forTests(Path root, Path home) {
        return new StackOptions(root, home, Map.of(), EnumSet.allOf(Service.class), false, Optional.empty(),
                Optional.empty(), DEFAULT_TOPIC_PARTITIONS, DEFAULT_READY_TIMEOUT, Optional.empty(),
                DEFAULT_SERVICE_JVM_OPTIONS, Optional.empty());
    }

    /** The conventional ports when they are free, every service, samples loaded: what {@code ./polychron up} does. */
    public static StackOptions forCli(Path root, Path home) {
        return forTests(root, home).withPreferredPorts(CLI_PORTS).withSamples(true);
    }

    /**
     * The checkout that contains {@code start}: the nearest directory upwards that holds {@code mvnw} and the
     * {@code local} module, so tests find it from their module's working directory.
     */
    public static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("local/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("no Polychron checkout contains " + start.toAbsolutePath());
    }

    public StackOptions withPreferredPorts(Map<String, Integer> ports) {
        return new StackOptions(root, home, ports, services, loadSamples, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withGatewayPort(int port) {
        Map<String, Integer> ports = new LinkedHashMap<>(preferredPorts);
        ports.put(Service.GATEWAY.id(), port);
        return withPreferredPorts(ports);
    }

    public StackOptions withServices(Set<Service> chosen) {
        return new StackOptions(root, home, preferredPorts, chosen, loadSamples, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withSamples(boolean load) {
        return new StackOptions(root, home, preferredPorts, services, load, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withExternalKafka(String bootstrapServers) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, Optional.of(bootstrapServers),
                externalDatabase, topicPartitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withExternalDatabase(Database database) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka,
                Optional.of(database), topicPartitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withTopicPartitions(int partitions) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka, externalDatabase,
                partitions, readyTimeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withReadyTimeout(Duration timeout) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka, externalDatabase,
                topicPartitions, timeout, apiKey, serviceJvmOptions, serviceImages);
    }

    public StackOptions withApiKey(String key) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, Optional.of(key), serviceJvmOptions, serviceImages);
    }

    public StackOptions withServiceJvmOptions(List<String> options) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, apiKey, options, serviceImages);
    }

    public StackOptions withServiceImages(Path unpackedImages) {
        return new StackOptions(root, home, preferredPorts, services, loadSamples, externalKafka, externalDatabase,
                topicPartitions, readyTimeout, apiKey, serviceJvmOptions, Optional.of(unpackedImages));
    }

    private static Map<String, Integer> cliPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            ports.put(service.id(), service.defaultPort());
        }
        ports.put(Stack.KAFKA, 9092);
        ports.put(Stack.KAFKA_CONTROLLER, 9093);
        ports.put(Stack.POSTGRES, 5432);
        return Map.copyOf(ports);
    }
}
