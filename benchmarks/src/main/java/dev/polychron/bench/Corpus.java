package dev.polychron.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/** The article sets the throughput benchmark reads: the seed articles beside the repository and its samples. */
public enum Corpus {
    SEEDS, SAMPLES;

    /** The seeds are plain text with no date of their own; the analyser detects their language. */
    private static final LocalDateTime SEED_REFERENCE = LocalDateTime.of(2024, 1, 1, 0, 0);

    /** The articles, empty when their folder is absent. */
    public List<Article> articles(Path repositoryRoot) {
        return switch (this) {
            case SEEDS -> files(repositoryRoot.resolve("../shared/seeds").normalize(), ".txt").stream()
                    .map(file -> new Article(file.getFileName().toString(), read(file), null, SEED_REFERENCE))
                    .toList();
            case SAMPLES -> files(repositoryRoot.resolve("samples"), ".json").stream()
                    .map(Corpus::sample)
                    .toList();
        };
    }

    private static Article sample(Path file) {
        JsonNode json = Json.parse(read(file));
        return new Article(file.getFileName().toString(), json.get("text").asText(), Json.text(json, "language"),
                OffsetDateTime.parse(json.get("publishedAt").asText()).toLocalDateTime());
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
