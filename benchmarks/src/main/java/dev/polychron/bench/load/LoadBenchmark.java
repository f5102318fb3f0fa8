package dev.polychron.bench.load;

import dev.polychron.bench.Article;
import dev.polychron.bench.Corpus;
import dev.polychron.bench.PeerPaths;
import dev.polychron.bench.VariedArticles;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * End-to-end ingest on the embedded default: documents of ~5 KB in five languages (varied from the samples, all
 * distinct) uploaded through the gateway, followed to INDEXED. Phases: a warm-up (not reported), single JSON uploads
 * flat out, single uploads at a target rate, NDJSON bulk uploads; then the resident memory of every process.
 *
 * <p>System properties ({@code -Dload.*}): documents (10000), concurrency (16), rate (0 = flat out),
 * paced-documents (2000), paced-rate (100), bulk-documents (10000), bulk-lines (500), bulk-concurrency (2),
 * warmup-documents (300), document-bytes (5000), jfr (false: with true every service records a JFR profile,
 * written to {@code <home>/jfr/<service>.jfr}).
 */
public final class LoadBenchmark {

    /** Long enough for a service that ran out of memory to be restarted by the supervisor and catch up. */
    private static final Duration STALL = Duration.ofSeconds(180);

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = PeerPaths.repositoryRoot(Path.of(""));
        int documents = Integer.getInteger("load.documents", 10_000);
        int concurrency = Integer.getInteger("load.concurrency", 16);
        double rate = Double.parseDouble(System.getProperty("load.rate", "0"));
        int pacedDocuments = Integer.getInteger("load.paced-documents", 2_000);
        double pacedRate = Double.parseDouble(System.getProperty("load.paced-rate", "100"));
        int bulkDocuments = Integer.getInteger("load.bulk-documents", 10_000);
        int bulkLines = Integer.getInteger("load.bulk-lines", 500);
        int bulkConcurrency = Integer.getInteger("load.bulk-concurrency", 2);
        int warmup = Integer.getInteger("load.warmup-documents", 300);
        List<Article> corpus = VariedArticles.generate(Corpus.SAMPLES.articles(root),
                warmup + documents + pacedDocuments + bulkDocuments, Integer.getInteger("load.document-bytes", 5000),
                System.currentTimeMillis());
        System.out.printf(Locale.ROOT, "Corpus: %d documents, %.1f KB on average, languages %s%n", corpus.size(),
                corpus.stream().mapToLong(Article::utf8Bytes).average().orElse(0) / 1e3,
                corpus.stream().map(Article::language).distinct().toList());

        try (RunningStack stack = RunningStack.start(root, Boolean.getBoolean("load.jfr"),
                System.getProperty("load.service-heap", ""))) {
            int from = 0;
            phase(stack, "warm-up (not counted)", corpus.subList(from, from += warmup),
                    u -> u.single(corpus.subList(0, warmup), concurrency, 0));
            List<Article> flat = corpus.subList(from, from += documents);
            Report single = phase(stack, rate > 0 ? "single JSON at " + rate + "/s" : "single JSON, flat out", flat,
                    u -> u.single(flat, concurrency, rate));
            List<Article> paced = corpus.subList(from, from += pacedDocuments);
            Report atRate = phase(stack, "single JSON at " + pacedRate + "/s", paced,
                    u -> u.single(paced, concurrency, pacedRate));
            List<Article> bulk = corpus.subList(from, from += bulkDocuments);
            Report ndjson = phase(stack, "NDJSON, " + bulkLines + " lines a request", bulk,
                    u -> u.bulk(bulk, bulkLines, bulkConcurrency));
            Report.printTable(List.of(single, atRate, ndjson));
            System.out.println("\nResident memory (VmRSS) after the run:");
            stack.residentMegabytes().forEach((name, mb) -> System.out.printf(Locale.ROOT, "  %-17s %7.0f MB%n",
                    name, mb));
        }
    }

    /** Uploads with a fresh uploader while the watcher follows the documents to INDEXED. */
    private static Report phase(RunningStack stack, String name, List<Article> articles, Upload upload)
            throws Exception {
        if (articles.isEmpty()) {
            return new Report(name, 0, null, null, Instant.now(), Map.of());
        }
        Uploader uploader = new Uploader(stack.gatewayUrl(), stack.apiKey());
        AtomicBoolean uploading = new AtomicBoolean(true);
        Map<String, Double> cpuBefore = stack.cpuSeconds();
        Instant start = Instant.now();
        CompletableFuture<Uploader.Result> uploads = CompletableFuture.supplyAsync(() -> {
            try {
                return upload.run(uploader);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                uploading.set(false);
            }
        });
        IndexWatcher.Result indexed = new IndexWatcher(stack.gatewayUrl())
                .watch(uploader.acceptedAt(), uploading::get, STALL);
        Report report = new Report(name, articles.size(), uploads.join(), indexed, start,
                stack.cpuSecondsSince(cpuBefore));
        report.print();
        return report;
    }

    @FunctionalInterface
    private interface Upload {
        Uploader.Result run(Uploader uploader) throws InterruptedException;
    }
}
