package dev.polychron.bench.load;

import dev.polychron.bench.Article;
import dev.polychron.bench.Corpus;
import dev.polychron.bench.PeerPaths;
import dev.polychron.bench.VariedArticles;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Server-Sent Events fan-out on loopback: {@code sse.subscribers} (1000) open {@code /api/stream/events} at once;
 * {@code sse.warmup-documents} (20) documents are indexed and streamed first, not counted, so that the services run
 * compiled code as a serving system does; then {@code sse.documents} (300) documents are uploaded at {@code sse.rate}
 * (10) a second and followed to INDEXED, and every event each subscriber receives is timed against the change's
 * {@code occurredAt} (stamped by timeline-service's outbox relay as it publishes the change; same machine, same
 * clock). The subscribers share one Vert.x event loop: they read the machine's two cores beside the services under
 * test, and the JDK's HTTP client took more CPU than the gateway that wrote to them. {@code sse.jfr} (false) records
 * a JFR profile in every service, as in {@link LoadBenchmark}.
 */
public final class SseFanOut {

    /**
     * Once every document is indexed, the last changes still travel through the outbox relay and the broker: on a
     * busy machine a relay round of hundreds of changes took more than 5 s.
     */
    private static final Duration QUIET = Duration.ofSeconds(15);

    private SseFanOut() {
    }

    public static void main(String[] args) throws Exception {
        Path root = PeerPaths.repositoryRoot(Path.of(""));
        int subscribers = Integer.getInteger("sse.subscribers", 1000);
        int documents = Integer.getInteger("sse.documents", 300);
        int warmup = Integer.getInteger("sse.warmup-documents", 20);
        double rate = Double.parseDouble(System.getProperty("sse.rate", "10"));
        List<Article> corpus = VariedArticles.generate(Corpus.SAMPLES.articles(root), warmup + documents, 5000,
                System.currentTimeMillis());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (RunningStack stack = RunningStack.start(root, Boolean.getBoolean("sse.jfr"), "")) {
            LatencyHistogram delay = new LatencyHistogram();
            AtomicLong lastReceived = new AtomicLong(System.nanoTime());
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicInteger connected = new AtomicInteger();
            URI gateway = URI.create(stack.gatewayUrl());
            HttpClient http = vertx.createHttpClient(new HttpClientOptions(),
                    new PoolOptions().setHttp1MaxSize(subscribers));
            RequestOptions stream = new RequestOptions().setMethod(HttpMethod.GET).setHost(gateway.getHost())
                    .setPort(gateway.getPort()).setURI("/api/stream/events").putHeader("Accept", "text/event-stream");
            List<EventTimer> timers = IntStream.range(0, subscribers)
                    .mapToObj(i -> new EventTimer(delay, lastReceived, measuring)).toList();
            for (EventTimer timer : timers) {
                http.request(stream).compose(request -> request.send()).onSuccess(response -> {
                    connected.incrementAndGet();
                    response.handler(buffer -> timer.scan(buffer.getByteBuf().nioBuffer()));
                });
            }
            long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (connected.get() < subscribers && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            System.out.printf("%d of %d subscribers connected%n", connected.get(), subscribers);
            Uploader warming = new Uploader(stack.gatewayUrl(), stack.apiKey());
            warming.single(corpus.subList(0, warmup), 4, 0);
            new IndexWatcher(stack.gatewayUrl()).watch(warming.acceptedAt(), () -> false, Duration.ofSeconds(120));
            // as long as after the measured uploads: a late warm-up change would be counted
            awaitSilence(lastReceived, QUIET);
            measuring.set(true);

            GatewayArrivals arrivalsBefore = GatewayArrivals.read(stack.gatewayUrl());
            Map<String, Double> cpuBefore = stack.cpuSeconds();
            double clientCpuBefore = ownCpuSeconds();
            Uploader uploader = new Uploader(stack.gatewayUrl(), stack.apiKey());
            Uploader.Result uploads = uploader.single(corpus.subList(warmup, corpus.size()), 4, rate);
            IndexWatcher.Result indexed = new IndexWatcher(stack.gatewayUrl())
                    .watch(uploader.acceptedAt(), () -> false, Duration.ofSeconds(60));
            awaitSilence(lastReceived, QUIET);
            double clientCpu = ownCpuSeconds() - clientCpuBefore;
            Map<String, Double> serviceCpu = stack.cpuSecondsSince(cpuBefore);
            http.close().toCompletionStage().toCompletableFuture().join();

            long least = timers.stream().mapToLong(EventTimer::received).min().orElse(0);
            long most = timers.stream().mapToLong(EventTimer::received).max().orElse(0);
            System.out.printf(Locale.ROOT, "%nSSE fan-out: %d subscribers, %d documents uploaded at %.0f/s in %.1f s"
                            + " (%d indexed) after %d warm-up documents; events per subscriber %d to %d, %d deliveries"
                            + " in all%n", connected.get(), uploads.accepted(), rate, uploads.seconds(),
                    indexed.indexed(), warmup, least, most, delay.count());
            System.out.println("Delay from the change's occurredAt to its receipt: " + delay.summary());
            System.out.println("  of which to the gateway (its histogram's buckets): "
                    + GatewayArrivals.read(stack.gatewayUrl()).since(arrivalsBefore).summary());
            System.out.printf(Locale.ROOT, "CPU used from the first upload to the last delivery: this client (%d"
                    + " subscribers) %.1f s", subscribers, clientCpu);
            serviceCpu.forEach((name, seconds) -> System.out.printf(Locale.ROOT, ", %s %.1f s", name, seconds));
            System.out.println();
            System.out.println("\nResident memory (VmRSS) after the run:");
            stack.residentMegabytes().forEach((name, mb) -> System.out.printf(Locale.ROOT, "  %-17s %7.0f MB%n",
                    name, mb));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static void awaitSilence(AtomicLong lastReceived, Duration silence) throws InterruptedException {
        while (System.nanoTime() - lastReceived.get() < silence.toNanos()) {
            Thread.sleep(200);
        }
    }

    private static double ownCpuSeconds() {
        return RunningStack.cpuSeconds(ProcessHandle.current()).orElse(0.0);
    }

    /** One subscriber: times each change of its stream against the change's {@code occurredAt}. */
    private static final class EventTimer {

        private final LatencyHistogram delay;
        private final AtomicLong lastReceived;
        private final AtomicBoolean measuring;
        private final OccurredAtScanner scanner = new OccurredAtScanner(this::record);
        /** Written by the event loop only. */
        private volatile long received;

        EventTimer(LatencyHistogram delay, AtomicLong lastReceived, AtomicBoolean measuring) {
            this.delay = delay;
            this.lastReceived = lastReceived;
            this.measuring = measuring;
        }

        long received() {
            return received;
        }

        /** Called on the event loop only. */
        void scan(ByteBuffer bytes) {
            scanner.scan(bytes);
        }

        private void record(Instant occurredAt) {
            lastReceived.set(System.nanoTime());
            if (measuring.get()) {
                delay.record(Duration.between(occurredAt, Instant.now()).toMillis());
                received++;
            }
        }
    }
}
