package dev.polychron.bench.speed;

import dev.polychron.bench.Article;
import dev.polychron.bench.Corpus;
import dev.polychron.bench.PeerPaths;
import dev.polychron.bench.VariedArticles;
import dev.polychron.nlp.Analysis;
import dev.polychron.nlp.TextAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * nlp-core, HeidelTime 2.2.1 (no POS tagger) and dateparser's {@code search_dates} on the same texts in one run:
 * the seed articles and a corpus varied from the samples. Run it pinned to one core ({@code taskset -c 0}, which the
 * peers' child processes inherit) so that MB/s is per core. The peers get the language nlp-core gives each text.
 *
 * <p>System properties: {@code speed.seconds} measured per tool and corpus (10), {@code speed.warmup-seconds}
 * for nlp-core (30: pinned to one core, the JIT compiles on that core too and the rate climbs for ~25 s), {@code speed.documents} and {@code speed.document-bytes} of the varied corpus (50, 5000),
 * {@code speed.heideltime} (true when HeidelTime is on the class path), {@code speed.python} (/usr/bin/python3).
 */
public final class NlpSpeedComparison {

    private static final String HEIDELTIME_CLASS = "de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone";

    private NlpSpeedComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path root = PeerPaths.repositoryRoot(Path.of(""));
        Path out = root.resolve("benchmarks/target/speed");
        double seconds = Double.parseDouble(System.getProperty("speed.seconds", "10"));
        double warmup = Double.parseDouble(System.getProperty("speed.warmup-seconds", "30"));
        System.out.printf("NLP speed, one run: %d processor(s) visible to this JVM and its child processes%n",
                Runtime.getRuntime().availableProcessors());

        Map<String, List<Article>> corpora = new LinkedHashMap<>();
        List<Article> seeds = Corpus.SEEDS.articles(root);
        if (seeds.isEmpty()) {
            System.out.println("seeds not found at " + root.resolve("../shared/seeds").normalize() + "; skipping");
        } else {
            corpora.put("seeds", seeds);
        }
        corpora.put("varied", VariedArticles.generate(Corpus.SAMPLES.articles(root),
                Integer.getInteger("speed.documents", 50), Integer.getInteger("speed.document-bytes", 5000), 1));

        TextAnalyzer analyzer = new TextAnalyzer();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Article>> corpus : corpora.entrySet()) {
            List<Article> articles = corpus.getValue();
            Path manifest = writeManifest(out.resolve(corpus.getKey()), withDetectedLanguages(analyzer, articles));
            Speed ours = measure(analyzer, articles, warmup, seconds);
            rows.add(new Row(corpus.getKey(), articles.size(), ours, ours));
            for (Map.Entry<String, List<String>> peer : peers(root).entrySet()) {
                PeerProcess.run(peer.getKey(), peer.getValue(), manifest, seconds,
                                out.resolve(corpus.getKey() + "-" + peer.getKey() + ".log"))
                        .ifPresent(speed -> rows.add(new Row(corpus.getKey(), articles.size(), speed, ours)));
            }
        }
        SpeedTable.print(rows, PassRates.read(root.resolve("benchmarks/target/peer-summary.json")));
    }

    /** One line of the table: a tool's speed beside nlp-core's on the same corpus. */
    record Row(String corpus, int documents, Speed speed, Speed nlpCore) {
    }

    private static Map<String, List<String>> peers(Path root) {
        Map<String, List<String>> peers = new LinkedHashMap<>();
        if (Boolean.parseBoolean(System.getProperty("speed.heideltime", Boolean.toString(onClassPath())))) {
            peers.put("HeidelTime 2.2.1", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                    root.resolve("benchmarks/src/peers/HeidelTimeDriver.java").toString()));
        } else {
            System.out.println("HeidelTime not on the class path (run with -Pnlp-peers); skipping it");
        }
        peers.put("dateparser", List.of(System.getProperty("speed.python", "/usr/bin/python3"),
                root.resolve("benchmarks/src/peers/dateparser_driver.py").toString()));
        return peers;
    }

    private static boolean onClassPath() {
        try {
            Class.forName(HEIDELTIME_CLASS, false, NlpSpeedComparison.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Warm-up for {@code warmup} seconds, then whole passes until {@code seconds} have been measured. */
    private static Speed measure(TextAnalyzer analyzer, List<Article> articles, double warmup, double seconds) {
        long warmUntil = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < warmUntil) {
            pass(analyzer, articles);
        }
        long nanos = 0;
        long passes = 0;
        long dates = 0;
        while (passes == 0 || nanos < seconds * 1e9) {
            long start = System.nanoTime();
            dates = pass(analyzer, articles);
            nanos += System.nanoTime() - start;
            passes++;
        }
        long bytes = articles.stream().mapToLong(Article::utf8Bytes).sum();
        return new Speed("nlp-core", passes, passes * articles.size(), passes * bytes, nanos / 1e9, dates);
    }

    private static long pass(TextAnalyzer analyzer, List<Article> articles) {
        long dates = 0;
        for (Article article : articles) {
            dates += analyzer.analyze(article.text(), article.language(), article.reference()).dates().size();
        }
        return dates;
    }

    /** The peers cannot tell the language of a text themselves; they get the one nlp-core finds. */
    private static List<Article> withDetectedLanguages(TextAnalyzer analyzer, List<Article> articles) {
        return articles.stream().map(a -> {
            Analysis analysis = analyzer.analyze(a.text(), a.language(), a.reference());
            return new Article(a.name(), a.text(), a.language() == null ? analysis.language() : a.language(),
                    a.reference());
        }).toList();
    }

    private static Path writeManifest(Path dir, List<Article> articles) {
        try {
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>();
            for (Article article : articles) {
                Path file = dir.resolve(article.name().replaceAll("\\.\\w+$", "") + ".txt");
                Files.writeString(file, article.text(), StandardCharsets.UTF_8);
                lines.add(String.join("\t", article.language().split("-")[0].toLowerCase(Locale.ROOT),
                        article.reference().toLocalDate().toString(), file.toString()));
            }
            Path manifest = dir.resolve("manifest.tsv");
            Files.write(manifest, lines, StandardCharsets.UTF_8);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
