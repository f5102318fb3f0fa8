package dev.polychron.bench.load;

import dev.polychron.bench.Article;
import dev.polychron.bench.Corpus;
import dev.polychron.bench.PeerPaths;
import dev.polychron.bench.VariedArticles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-Sent Events fan-out on loopback: {@code sse.subscribers} (1000) open {@code /api/stream/events} at once,
 * then {@code sse.documents} (300) documents are uploaded at {@code sse.rate} (10) a second and followed to INDEXED,
 * and every event each subscriber receives is timed against the change's {@code occurredAt} (stamped by
 * timeline-service's outbox relay as it publishes the change; same machine, same clock). {@code sse.jfr} (false)
 * records a JFR profile in every service, as in {@link LoadBenchmark}.
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
        double rate = Double.parseDouble(System.getProperty("sse.rate", "10"));
        List<Article> corpus = VariedArticles.generate(Corpus.SAMPLES.articles(root), documents, 5000,
                System.currentTimeMillis());
        try (RunningStack stack = RunningStack.start(root, Boolean.getBoolean("sse.jfr"), "")) {
            LatencyHistogram delay = new LatencyHistogram();
            AtomicLong lastReceived = new AtomicLong(System.nanoTime());
            AtomicInteger connected = new AtomicInteger();
            List<EventTimer> timers = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/stream/events"))
                    .header("Accept", "text/event-stream").build();
            List<CompletableFuture<?>> streams = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                EventTimer timer = new EventTimer(delay, lastReceived, connected);
                timers.add(timer);
                streams.add(http.sendAsync(request, HttpResponse.BodyHandlers.fromSubscriber(timer)));
            }
            long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (connected.get() < subscribers && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            System.out.printf("%d of %d subscribers connected%n", connected.get(), subscribers);

            Map<String, Double> cpuBefore = stack.cpuSeconds();
            double clientCpuBefore = ownCpuSeconds();
            Uploader uploader = new Uploader(stack.gatewayUrl(), stack.apiKey());
            Uploader.Result uploads = uploader.single(corpus, 4, rate);
            IndexWatcher.Result indexed = new IndexWatcher(stack.gatewayUrl())
                    .watch(uploader.acceptedAt(), () -> false, Duration.ofSeconds(60));
            while (System.nanoTime() - lastReceived.get() < QUIET.toNanos()) {
                Thread.sleep(200);
            }
            timers.forEach(EventTimer::cancel);
            streams.forEach(s -> s.cancel(true));

            long least = timers.stream().mapToLong(EventTimer::received).min().orElse(0);
            long most = timers.stream().mapToLong(EventTimer::received).max().orElse(0);
            System.out.printf(Locale.ROOT, "%nSSE fan-out: %d subscribers, %d documents uploaded at %.0f/s in %.1f s"
                            + " (%d indexed); events per subscriber %d to %d, %d deliveries in all%n", connected.get(),
                    uploads.accepted(), rate, uploads.seconds(), indexed.indexed(), least, most, delay.count());
            System.out.println("Delay from the change's occurredAt to its receipt: " + delay.summary());
            System.out.printf(Locale.ROOT, "CPU used from the first upload to the last delivery: this client (%d"
                    + " subscribers) %.1f s", subscribers, ownCpuSeconds() - clientCpuBefore);
            stack.cpuSecondsSince(cpuBefore).forEach((name, seconds) -> System.out.printf(Locale.ROOT,
                    ", %s %.1f s", name, seconds));
            System.out.println();
            System.out.println("\nResident memory (VmRSS) after the run:");
            stack.residentMegabytes().forEach((name, mb) -> System.out.printf(Locale.ROOT, "  %-17s %7.0f MB%n",
                    name, mb));
        }
    }

    private static double ownCpuSeconds() {
        return RunningStack.cpuSeconds(ProcessHandle.current()).orElse(0.0);
    }

    /** One subscriber: times each change of the stream against its {@code occurredAt}. */
    private static final class EventTimer implements Flow.Subscriber<List<ByteBuffer>> {

        private final LatencyHistogram delay;
        private final AtomicLong lastReceived;
        private final AtomicInteger connected;
        private final AtomicLong received = new AtomicLong();
        private final OccurredAtScanner scanner = new OccurredAtScanner(this::record);
        private volatile Flow.Subscription subscription;

        EventTimer(LatencyHistogram delay, AtomicLong lastReceived, AtomicInteger connected) {
            this.delay = delay;
            this.lastReceived = lastReceived;
            this.connected = connected;
        }

        long received() {
            return received.get();
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            connected.incrementAndGet();
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            buffers.forEach(scanner::scan);
        }

        private void record(Instant occurredAt) {
            delay.record(Duration.between(occurredAt, Instant.now()).toMillis());
            received.incrementAndGet();
            lastReceived.set(System.nanoTime());
        }

        @Override
        public void onError(Throwable failure) {
            // cancelled at the end, or the server went away: what was received is counted
        }

        @Override
        public void onComplete() {
            // the server closed the stream
        }
    }
}
