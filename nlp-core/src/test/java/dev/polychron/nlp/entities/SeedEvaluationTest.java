package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.nlp.Analysis;
import dev.polychron.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures entity extraction and cross-document linking against a hand annotation ({@code seed-gold.tsv}) of the
 * openings of the seed articles in {@code ../shared/seeds} (beside the directory that holds {@code mvnw}); skips
 * when the seeds are not there. Mentions count when offsets and type are exact; linking counts pairs of mentions in
 * different documents that share an entity id.
 */
class SeedEvaluationTest {

    private static final String GOLD = "seed-gold.tsv";
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final double MIN_MENTION_F1 = 0.85;
    private static final double MIN_LINK_PRECISION = 0.98;
    private static final double MIN_LINK_RECALL = 0.90;

    private static Path seeds;
    private static final Map<String, Integer> REGION_LINES = new LinkedHashMap<>();
    private static final Map<String, List<String[]>> GOLD_ROWS = new LinkedHashMap<>();

    @BeforeAll
    static void findSeeds() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        seeds = dir == null ? null : dir.resolve("../shared/seeds").normalize();
        try (InputStream in = SeedEvaluationTest.class.getResourceAsStream(GOLD)) {
            String gold = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : gold.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns[0].equals("@region")) {
                    REGION_LINES.put(columns[1], Integer.parseInt(columns[2].strip()));
                } else {
                    GOLD_ROWS.computeIfAbsent(columns[0], f -> new ArrayList<>()).add(columns);
                }
            }
        }
    }

    @Test
    void shouldFindAndLinkSeedEntitiesWhenSeedsArePresent() throws IOException {
        assumeTrue(seeds != null && Files.isDirectory(seeds), "no seed articles beside the repository");
        TextAnalyzer analyzer = new TextAnalyzer();
        List<EntityScores.Mention> gold = new ArrayList<>();
        List<EntityScores.Mention> system = new ArrayList<>();
        for (Map.Entry<String, Integer> region : REGION_LINES.entrySet()) {
            String document = region.getKey();
            String text = Files.readString(seeds.resolve(document));
            int regionEnd = endOfLine(text, region.getValue());
            int from = 0;
            for (String[] row : GOLD_ROWS.get(document)) {
                int start = text.indexOf(row[1], from);
                assertThat(start).as("gold surface %s in %s", row[1], document).isBetween(0, regionEnd);
                gold.add(new EntityScores.Mention(document, start, start + row[1].length(), row[2], row[3]));
                from = start + row[1].length();
            }
            Analysis analysis = analyzer.analyze(text, null, REFERENCE);
            for (EntityMention mention : analysis.entities()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                if (mention.start() < regionEnd) {
                    system.add(new EntityScores.Mention(document, mention.start(), mention.end(), mention.type().name(),
                            mention.entityId()));
                }
            }
        }
        EntityScores.print("seed evaluation", gold, system);
        System.out.printf("  throughput: %s%n", throughput(analyzer));

        EntityScores.Linking linking = EntityScores.linking(gold, system);
        assertThat(EntityScores.mentions(gold, system, true).f1()).isGreaterThanOrEqualTo(MIN_MENTION_F1);
        assertThat(linking.precision()).isGreaterThanOrEqualTo(MIN_LINK_PRECISION);
        assertThat(linking.recall()).isGreaterThanOrEqualTo(MIN_LINK_RECALL);
    }

    private static int endOfLine(String text, int lines) {
        int end = -1;
        for (int l = 0; l < lines; l++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return text.length();
            }
        }
        return end;
    }

    /** Characters per CPU second of the whole analysis and of entity extraction alone, over every seed, warm. */
    private String throughput(TextAnalyzer analyzer) throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        long total = texts.stream().mapToLong(String::length).sum();
        MultilingualEntityExtractor extractor = new MultilingualEntityExtractor();
        dev.polychron.nlp.text.SentenceSplitter splitter = new dev.polychron.nlp.text.SentenceSplitter();
        List<List<dev.polychron.nlp.text.Span>> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(splitter.split(text, "en"));
            analyzer.analyze(text, null, REFERENCE);
        }
        int rounds = 20;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                analyzer.analyze(text, null, REFERENCE);
            }
        }
        double analysis = total * rounds / ((cpu.getCurrentThreadCpuTime() - started) / 1e9);
        started = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < texts.size(); t++) {
                extractor.extract(texts.get(t), "en", sentences.get(t), List.of());
            }
        }
        double entities = total * rounds / ((cpu.getCurrentThreadCpuTime() - started) / 1e9);
        return String.format("whole analysis %.0f, entity extraction %.0f chars per CPU second (%d chars)", analysis,
                entities, total);
    }
}
