package dev.polychron.ingest.rest;

import dev.polychron.ingest.config.IngestConfig;
import dev.polychron.ingest.service.IngestService;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.RequestBodies;
import dev.polychron.support.rest.UploadRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.net.URI;

/** Document upload: JSON, plain text or HTML in; 202 with the content-derived id out. */
@Path("/documents")
public class DocumentResource {

    /** One upload JSON per line. */
    public static final String NDJSON = "application/x-ndjson";

    private final UploadParser parser;
    private final IngestService service;
    private final BulkUpload bulk;
    private final IngestConfig config;

    public DocumentResource(UploadParser parser, IngestService service, BulkUpload bulk, IngestConfig config) {
        this.parser = parser;
        this.service = service;
        this.bulk = bulk;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a document", description = "The same text always gets the same id.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadRequest.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "202", description = "Accepted and durably queued",
            content = @Content(schema = @Schema(implementation = DocumentAccepted.class)))
    @APIResponse(responseCode = "400", description = "Empty, malformed or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Not JSON, plain text or HTML")
    @APIResponse(responseCode = "503", description = "The broker is unavailable; retry after the given seconds")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        String id = service.accept(parser.parse(type, RequestBodies.readAtMost(body, config.maxDocumentBytes())));
        return Response.accepted(new DocumentAccepted(id, "RECEIVED"))
                .location(URI.create("/api/documents/" + id))
                .build();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload many documents, one JSON upload per line (NDJSON)",
            description = "Each line is checked on its own; a bad line gets its problem and the good ones are kept.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = UploadRequest.class)))
    @APIResponse(responseCode = "202", description = "Every accepted line durably queued; per-line results",
            content = @Content(schema = @Schema(implementation = BulkAccepted.class)))
    @APIResponse(responseCode = "400", description = "No line, or no valid line",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Larger than the limit, in bytes or lines")
    @APIResponse(responseCode = "503", description = "The broker took none of the documents; retry later")
    public Response uploadLines(InputStream body) {
        return Response.accepted(bulk.accept(RequestBodies.readAtMost(body, config.maxBulkBytes()))).build();
    }
}
