package dev.polychron.bench;

import dev.polychron.nlp.Analysis;
import dev.polychron.nlp.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** JMH throughput of {@link TextAnalyzer#analyze} on one thread, one operation being one pass over a corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {

    @Param({"SEEDS", "SAMPLES"})
    public Corpus corpus;

    private TextAnalyzer analyzer;
    private List<Article> articles;

    @Setup
    public void setUp() {
        analyzer = new TextAnalyzer();
        articles = corpus.articles(PeerPaths.repositoryRoot(Path.of("")));
    }

    @Benchmark
    public void analyzeCorpus(Blackhole sink) {
        for (Article article : articles) {
            Analysis analysis = analyzer.analyze(article.text(), article.language(), article.reference());
            sink.consume(analysis);
        }
    }

    /**
     * Runs JMH with the {@code jmh.*} system properties, prints MB/s and documents/s per corpus, then the heap check.
     */
    public static void main(String[] args) throws RunnerException {
        Path root = PeerPaths.repositoryRoot(Path.of(""));
        List<Corpus> present = Arrays.stream(Corpus.values()).filter(c -> !c.articles(root).isEmpty()).toList();
        Arrays.stream(Corpus.values()).filter(c -> !present.contains(c))
                .forEach(c -> System.out.println(c.name().toLowerCase(Locale.ROOT) + " not found; skipping"));
        if (present.isEmpty()) {
            return;
        }
        Options options = new OptionsBuilder()
                .include(ThroughputBenchmark.class.getName() + ".analyzeCorpus")
                .param("corpus", present.stream().map(Corpus::name).toArray(String[]::new))
                .threads(1)
                .forks(Integer.getInteger("jmh.forks", 1))
                .warmupIterations(Integer.getInteger("jmh.warmups", 2))
                .warmupTime(TimeValue.seconds(Integer.getInteger("jmh.warmup-time", 2)))
                .measurementIterations(Integer.getInteger("jmh.iterations", 3))
                .measurementTime(TimeValue.seconds(Integer.getInteger("jmh.time", 3)))
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.printf("%-8s %5s %9s %16s %8s %10s %14s%n", "corpus", "docs", "KB", "passes/s", "docs/s",
                "MB/s/core", "alloc MB/doc");
        results.forEach(r -> printRow(r, root));
        List<Article> all = present.stream().flatMap(c -> c.articles(root).stream()).toList();
        int rounds = Integer.getInteger("jmh.heap-rounds", 200);
        HeapCheck.Result heap = HeapCheck.run(new TextAnalyzer(), all, rounds / 4, rounds);
        System.out.printf(Locale.ROOT, "%nHeap in use after a full GC, %d documents a round: %.2f MB after %d rounds,"
                        + " %.2f MB after %d rounds (%+d KB)%n", all.size(), heap.earlyBytes() / 1e6, heap.early(),
                heap.lateBytes() / 1e6, heap.rounds(), heap.growthBytes() / 1024);
    }

    private static void printRow(RunResult result, Path root) {
        Corpus corpus = Corpus.valueOf(result.getParams().getParam("corpus"));
        List<Article> articles = corpus.articles(root);
        long bytes = articles.stream().mapToLong(Article::utf8Bytes).sum();
        Result<?> primary = result.getPrimaryResult();
        double passes = primary.getScore();
        double allocatedPerPass = secondary(result.getSecondaryResults(), "gc.alloc.rate.norm");
        System.out.printf(Locale.ROOT, "%-8s %5d %9.1f %8.2f ± %5.2f %8.1f %10.3f %14.2f%n",
                corpus.name().toLowerCase(Locale.ROOT), articles.size(), bytes / 1e3, passes,
                primary.getScoreError(), passes * articles.size(), passes * bytes / 1e6,
                allocatedPerPass / articles.size() / 1e6);
    }

    /** JMH versions name the GC profiler's figures with or without a leading dot. */
    private static double secondary(Map<String, Result> results, String suffix) {
        return results.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
