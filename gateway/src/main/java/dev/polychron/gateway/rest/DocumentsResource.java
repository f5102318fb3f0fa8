package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.gateway.client.IngestClient;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.config.GatewayConfig;
import dev.polychron.gateway.service.RecentlyAccepted;
import dev.polychron.support.rest.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Document upload (to ingest-service) and document status, list and annotations (from timeline-service). */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private final IngestClient ingest;
    private final TimelineClient timeline;
    private final RecentlyAccepted recentlyAccepted;
    private final Reprocessing reprocessing;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    public DocumentsResource(@RestClient IngestClient ingest, @RestClient TimelineClient timeline,
                             RecentlyAccepted recentlyAccepted, Reprocessing reprocessing, ObjectMapper json,
                             GatewayConfig config) {
        this.ingest = ingest;
        this.timeline = timeline;
        this.recentlyAccepted = recentlyAccepted;
        this.reprocessing = reprocessing;
        this.json = json;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document: JSON {text, title?, url?, language?, publishedAt?}, plain text or HTML;"
            + " or many as NDJSON (application/x-ndjson, one such JSON per line)",
            description = "Answers 202 {id, status} once the document is durably queued; the same text gets the same id."
                    + " NDJSON answers 202 {accepted, rejected, results: [{line, id, status} or {line, problem}]}.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON),
            @Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = "application/x-ndjson")})
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        byte[] bytes = RequestBodies.readAtMost(body, maxBodyBytes);
        Response response = Forwarder.forward("ingest-service",
                () -> ingest.upload(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType, bytes));
        if (response.getStatus() == Response.Status.ACCEPTED.getStatusCode()) {
            acceptedIds((byte[]) response.getEntity()).forEach(recentlyAccepted::add);
        }
        return response;
    }

    @GET
    @Operation(summary = "Documents, newest first")
    public Response list(@QueryParam("status") String status, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor) {
        return Forwarder.forward("timeline-service", () -> timeline.documents(status, limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status RECEIVED|ANALYZED|INDEXED|FAILED (with reason), language, title, counts; ?include=text")
    public Response document(@PathParam("id") String id, @QueryParam("include") String include) {
        Response response = Forwarder.forward("timeline-service", () -> timeline.document(id, include));
        if (response.getStatus() == Response.Status.NOT_FOUND.getStatusCode() && recentlyAccepted.contains(id)) {
            return Response.ok(Map.of("id", id, "status", "RECEIVED")).build();
        }
        return response;
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a document: its mentions go, its sources leave their events, and an event left"
            + " without sources disappears. Needs the API key.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document")
    public Response delete(@PathParam("id") String id) {
        Response response = Forwarder.forward("timeline-service", () -> timeline.deleteDocument(id));
        if (response.getStatus() == Response.Status.NO_CONTENT.getStatusCode()) {
            recentlyAccepted.remove(id);
        }
        return response;
    }

    @POST
    @Path("{id}/reprocess")
    @Operation(summary = "Run the current NLP again over one stored document (it stays on the timeline meanwhile)."
            + " Needs the API key.")
    @APIResponse(responseCode = "202", description = "Queued again: {id, status}")
    @APIResponse(responseCode = "404", description = "No such document")
    public Response reprocess(@PathParam("id") String id) {
        return reprocessing.one(id);
    }

    @GET
    @Path("{id}/annotations")
    @Operation(summary = "Every entity and date mention of a document, with offsets into its text")
    public Response annotations(@PathParam("id") String id) {
        return Forwarder.forward("timeline-service", () -> timeline.annotations(id));
    }

    /** The id of a single upload's answer, or every accepted line's id of a bulk upload's answer. */
    private List<String> acceptedIds(byte[] body) {
        try {
            JsonNode answer = json.readTree(body);
            List<String> ids = new ArrayList<>();
            answer.path("results").forEach(line -> ids.add(line.path("id").asText(null)));
            ids.add(answer.path("id").asText(null));
            ids.removeIf(Objects::isNull);
            return ids;
        } catch (IOException e) {
            return List.of();
        }
    }
}
