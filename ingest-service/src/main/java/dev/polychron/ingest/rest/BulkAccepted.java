package dev.polychron.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.polychron.support.rest.Problem;

import java.util.List;

/** The answer to an NDJSON bulk upload: one result per non-blank line, in line order. */
public record BulkAccepted(int accepted, int rejected, List<LineResult> results) {

    /** An accepted line has an id and status RECEIVED; a rejected one has the problem it met instead. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(int line, String id, String status, Problem problem) {

        static LineResult received(int line, String id) {
            return new LineResult(line, id, "RECEIVED", null);
        }

        static LineResult rejected(int line, Problem problem) {
            return new LineResult(line, null, null, problem);
        }
    }
}
