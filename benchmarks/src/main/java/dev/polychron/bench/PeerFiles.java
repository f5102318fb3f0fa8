package dev.polychron.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of every peer file found in one folder, read into cases.
 *
 * @param skipped    rows the peers' rule leaves out (latent, text variants)
 * @param unreadable ids of the rows whose fields could not be read, left out rather than ending the run
 * @param missing    the peer files not found
 */
public record PeerFiles(List<PeerCase> cases, List<DocumentCase> documents, int skipped, List<String> unreadable,
                        List<String> missing) {

    public static PeerFiles read(Path peers) {
        List<PeerCase> cases = new ArrayList<>();
        List<DocumentCase> documents = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int skipped = 0;
        for (Suite suite : Suite.values()) {
            Path file = peers.resolve(suite.file());
            if (!Files.isRegularFile(file)) {
                missing.add(suite.file());
                continue;
            }
            for (JsonNode row : Json.lines(file)) {
                try {
                    if (suite.scoring() == Suite.Scoring.RECALL) {
                        documents.add(DocumentCaseReader.read(suite, row));
                    } else {
                        Optional<PeerCase> read = PeerCaseReader.read(suite, row);
                        read.ifPresent(cases::add);
                        skipped += read.isEmpty() ? 1 : 0;
                    }
                } catch (RuntimeException unexpectedShape) {
                    unreadable.add(suite.file() + ":" + row.path("id").asText("?"));
                }
            }
        }
        return new PeerFiles(cases, documents, skipped, unreadable, missing);
    }

    /** Whether none of the peer files was found. */
    public boolean absent() {
        return missing.size() == Suite.values().length;
    }
}
