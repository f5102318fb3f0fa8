package dev.polychron.ingest.rest;

import dev.polychron.ingest.config.IngestConfig;
import dev.polychron.ingest.service.DocumentUpload;
import dev.polychron.ingest.service.IngestService;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An NDJSON body, one upload JSON per line: every line is validated on its own, the valid ones are published, and
 * each line gets its result; a bad line never stops the good ones.
 */
@ApplicationScoped
public class BulkUpload {

    private static final int LINES_IN_DETAIL = 5;

    private final UploadParser parser;
    private final IngestService service;
    private final IngestConfig config;

    public BulkUpload(UploadParser parser, IngestService service, IngestConfig config) {
        this.parser = parser;
        this.service = service;
        this.config = config;
    }

    /**
     * @throws ProblemException 400 when the body has no line or only bad ones, 413 with too many lines, 503 when the
     *     broker took none of the valid ones
     */
    public BulkAccepted accept(byte[] body) {
        List<NdjsonLines.Line> lines = NdjsonLines.split(body);
        if (lines.isEmpty()) {
            throw ProblemException.badRequest("The body has no document; send one JSON document per line");
        }
        if (lines.size() > config.maxBulkLines()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has " + lines.size()
                    + " documents; the limit is " + config.maxBulkLines() + " per request");
        }
        List<BulkAccepted.LineResult> results = new ArrayList<>();
        List<Integer> validLines = new ArrayList<>();
        List<DocumentUpload> uploads = new ArrayList<>();
        for (NdjsonLines.Line line : lines) {
            try {
                uploads.add(parser.parse(MediaType.APPLICATION_JSON_TYPE, line.bytes()));
                validLines.add(line.number());
            } catch (ProblemException e) {
                results.add(BulkAccepted.LineResult.rejected(line.number(), Problem.of(e.status(), e.getMessage())));
            }
        }
        if (uploads.isEmpty()) {
            throw ProblemException.badRequest("No line holds a valid document: " + firstProblems(results));
        }
        List<IngestService.Published> published = service.acceptAll(uploads);
        for (int i = 0; i < published.size(); i++) {
            int line = validLines.get(i);
            results.add(published.get(i).acknowledged()
                    ? BulkAccepted.LineResult.received(line, published.get(i).id())
                    : BulkAccepted.LineResult.rejected(line, Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The document could not be stored now; send this line again later")));
        }
        results.sort(Comparator.comparingInt(BulkAccepted.LineResult::line));
        int accepted = (int) results.stream().filter(r -> r.id() != null).count();
        if (accepted == 0) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The documents could not be stored now; try again later", config.publishTimeout().toSeconds());
        }
        return new BulkAccepted(accepted, results.size() - accepted, results);
    }

    private static String firstProblems(List<BulkAccepted.LineResult> results) {
        return results.stream().limit(LINES_IN_DETAIL)
                .map(r -> "line " + r.line() + ": " + r.problem().detail())
                .collect(Collectors.joining("; ", "", results.size() > LINES_IN_DETAIL ? "; …" : ""));
    }
}
