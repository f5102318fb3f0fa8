package dev.polychron.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The whole system on the embedded default: PostgreSQL and Kafka, then the four services, all supervised and
 * restarted when they die. The CLI and the system tests both start it here; one stack per home directory.
 */
public final class Stack implements AutoCloseable {

    public static final String KAFKA = "kafka";
    /** Not a process: the name under which the ports file records the broker's controller port. */
    public static final String KAFKA_CONTROLLER = "kafka-controller";
    public static final String POSTGRES = "postgres";

    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(60);

    private final StackOptions options;
    private final StackHome home;
    private final SupervisorLock lock;
    private final Supervisor supervisor;
    private final StackPorts ports;
    private final String apiKey;
    private final String kafkaBootstrapServers;
    private final Database database;
    private final Thread shutdownHook = new Thread(this::close, "polychron-shutdown");
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private Stack(StackOptions options, StackHome home, SupervisorLock lock) throws IOException {
        this.options = options;
        this.home = home;
        this.lock = lock;
        this.ports = allocatePorts(options);
        this.apiKey = ApiKeys.resolve(options.apiKey().orElse(null), home.apiKeyFile());
        this.kafkaBootstrapServers = options.externalKafka().orElseGet(() -> "127.0.0.1:" + ports.port(KAFKA));
        this.database = options.externalDatabase()
                .orElseGet(() -> PostgresServer.databaseAt(ports.port(POSTGRES)));
        ports.store(home.portsFile());
        home.writePid(StackHome.SUPERVISOR, ProcessHandle.current().pid());
        this.supervisor = new Supervisor(home);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the stack and returns once every process is ready; on failure, stops whatever it started.
     *
     * @throws IllegalStateException when a stack already runs in the home, a jar is missing, or a process is not
     *     ready within {@link StackOptions#readyTimeout()}
     */
    public static Stack start(StackOptions options) {
        StackHome home = new StackHome(options.home());
        try {
            home.create();
            SupervisorLock lock = SupervisorLock.tryAcquire(home).orElseThrow(() -> new IllegalStateException(
                    "Polychron already runs in " + home.dir() + " (supervisor pid "
                            + home.readPid(StackHome.SUPERVISOR).orElse(-1) + ")"));
            Stack stack;
            try {
                Leftovers.reap(home);
                stack = new Stack(options, home, lock);
            } catch (IOException | InterruptedException | RuntimeException e) {
                lock.close();
                throw e;
            }
            try {
                stack.startAll();
            } catch (IOException | InterruptedException | RuntimeException e) {
                stack.close();
                throw e;
            }
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    public String gatewayUrl() {
        return serviceUrl(Service.GATEWAY.id());
    }

    /** {@code http://127.0.0.1:<port>} of a service, by its id such as {@code nlp-service}. */
    public String serviceUrl(String name) {
        Service service = Service.byId(name).orElseThrow(() -> new IllegalArgumentException("not a service: " + name));
        return "http://127.0.0.1:" + ports.port(service.id());
    }

    /** The port of a process by name, or of the broker's controller ({@link #KAFKA_CONTROLLER}). */
    public int port(String name) {
        return ports.port(name);
    }

    public String apiKey() {
        return apiKey;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public Database database() {
        return database;
    }

    public Path home() {
        return home.dir();
    }

    /** The PostgreSQL server (the postmaster, whose children are the backends) while it runs. */
    public Optional<ProcessHandle> postgresServer() {
        return Postmaster.running(home.postgresDataDir());
    }

    /** Deletes the home of a stack that has stopped: its data, logs and pid files. */
    public static void deleteHome(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The pid of a running process by name: a service id, {@link #KAFKA} or {@link #POSTGRES}. */
    public long pid(String name) {
        return supervisor.process(name).pid()
                .orElseThrow(() -> new IllegalStateException(name + " is not running right now"));
    }

    /** SIGKILLs a process as a crash would; the supervisor restarts it after its back-off (1 s the first time). */
    public void kill(String name) {
        supervisor.process(name).kill();
    }

    /** Stops a process gracefully, starts it again at once, and waits until it is ready. */
    public void restart(String name) {
        try {
            supervisor.process(name).restartNow(Supervisor.STOP_GRACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        supervisor.awaitReady(List.of(name), options.readyTimeout(), closing::get);
    }

    public void restartKafka() {
        restart(KAFKA);
    }

    /** Waits until every process is ready again, for instance after {@link #kill(String)}. */
    public void awaitReady(Duration timeout) {
        supervisor.awaitReady(supervisor.names(), timeout, closing::get);
    }

    /** Blocks until the stack has been closed, by {@link #close()} or by the shutdown hook on Ctrl-C or SIGTERM. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops services, then Kafka and PostgreSQL; idempotent, and also run by a JVM shutdown hook. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosedUninterruptibly();
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook will find the stack closing
            }
        }
        try {
            LOG.info(() -> "Stopping Polychron in " + home.dir());
            supervisor.stopAll();
            if (options.externalDatabase().isEmpty()) {
                Postmaster.stopOrphan(home.postgresDataDir(), Supervisor.STOP_GRACE);
            }
            home.deletePid(StackHome.SUPERVISOR, ProcessHandle.current().pid());
            LOG.info("Polychron stopped");
        } catch (IOException e) {
            LOG.warning(() -> "while stopping: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
            closed.countDown();
        }
    }

    private void startAll() throws IOException, InterruptedException {
        List<String> infrastructure = new ArrayList<>();
        if (options.externalDatabase().isEmpty()) {
            supervisor.start(new PostgresServer(home, ports.port(POSTGRES)).spec());
            infrastructure.add(POSTGRES);
        }
        if (options.externalKafka().isEmpty()) {
            Path kafkaLib = options.root().resolve("local").resolve("target").resolve("kafka-lib");
            KafkaBroker broker = new KafkaBroker(home, kafkaLib, ports.port(KAFKA), ports.port(KAFKA_CONTROLLER));
            broker.prepare();
            supervisor.start(broker.spec());
            infrastructure.add(KAFKA);
        }
        LOG.info(() -> "Starting " + String.join(" and ", infrastructure) + " (home " + home.dir() + ")");
        supervisor.awaitReady(infrastructure, options.readyTimeout(), closing::get);
        KafkaTopics.create(kafkaBootstrapServers, KafkaTopics.all(), options.topicPartitions(), TOPICS_TIMEOUT);

        List<String> services = new ArrayList<>();
        Map<Service, Integer> servicePorts = servicePorts();
        for (Service service : options.services()) {
            Map<String, String> environment = ServiceEnvironment.of(service, servicePorts, kafkaBootstrapServers,
                    database, apiKey);
            supervisor.start(ServiceProcess.spec(service, options.root(), home, options.serviceJvmOptions(),
                    options.serviceImages(), environment, servicePorts.get(service)));
            services.add(service.id());
        }
        if (!services.isEmpty()) {
            LOG.info(() -> "Starting " + String.join(", ", services));
            supervisor.awaitReady(services, options.readyTimeout(), closing::get);
        }
        if (options.loadSamples() && options.services().contains(Service.GATEWAY)) {
            new SampleLoader(gatewayUrl(), apiKey, System.out).load(options.root().resolve("samples"));
        }
    }

    private Map<Service, Integer> servicePorts() {
        Map<Service, Integer> servicePorts = new EnumMap<>(Service.class);
        options.services().forEach(service -> servicePorts.put(service, ports.port(service.id())));
        return servicePorts;
    }

    private static StackPorts allocatePorts(StackOptions options) {
        PortAllocator allocator = new PortAllocator();
        List<String> names = new ArrayList<>();
        if (options.externalDatabase().isEmpty()) {
            names.add(POSTGRES);
        }
        if (options.externalKafka().isEmpty()) {
            names.add(KAFKA);
            names.add(KAFKA_CONTROLLER);
        }
        options.services().forEach(service -> names.add(service.id()));
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : names) {
            ports.put(name, allocator.allocate(options.preferredPorts().getOrDefault(name, 0)));
        }
        return new StackPorts(ports);
    }

    private void awaitClosedUninterruptibly() {
        boolean interrupted = false;
        while (closed.getCount() > 0) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
