package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polychron.events.serde.Json;
import dev.polychron.gateway.client.IngestClient;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.support.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.ByteArrayOutputStream;

/**
 * Runs the current NLP again over stored documents: each is uploaded again to ingest-service as it was first
 * uploaded (text, title, url, language hint, publishedAt), which gives it the same id, so its mentions and its
 * sources are replaced as the new analysis arrives. The document stays on the timeline meanwhile.
 */
@ApplicationScoped
public class Reprocessing {

    /** Documents fetched from timeline-service and sent to ingest-service at once (one NDJSON upload). */
    static final int BATCH = 500;
    private static final String NDJSON = "application/x-ndjson";
    private static final String TIMELINE = "timeline-service";
    private static final String INGEST = "ingest-service";

    private final IngestClient ingest;
    private final TimelineClient timeline;
    public Reprocessing(@RestClient IngestClient ingest, @RestClient TimelineClient timeline) {
        this.ingest = ingest;
        this.timeline = timeline;
    }

    /** What reprocessing all documents did: how many were found, and how many ingest-service took again. */
    public record Summary(int documents, int accepted, int rejected) {
    }

    /** Uploads one document again; answers ingest-service's answer, or timeline-service's 404. */
    public Response one(String id) {
        Response stored = Forwarder.forward(TIMELINE, () -> timeline.upload(id));
        if (stored.getStatus() != Response.Status.OK.getStatusCode()) {
            return stored;
        }
        byte[] upload = (byte[]) stored.getEntity();
        return Forwarder.forward(INGEST, () -> ingest.upload(MediaType.APPLICATION_JSON, upload));
    }

    /** Uploads every stored document again, a batch at a time. */
    public Summary all() {
        int documents = 0;
        int accepted = 0;
        int rejected = 0;
        String cursor = null;
        do {
            String after = cursor;
            JsonNode page = Json.read(expect(Forwarder.forward(TIMELINE, () -> timeline.uploads(BATCH, after)), 200),
                    JsonNode.class);
            JsonNode uploads = page.path("uploads");
            if (!uploads.isEmpty()) {
                JsonNode answer = Json.read(expect(Forwarder.forward(INGEST, () -> ingest.upload(NDJSON,
                        lines(uploads))), 202), JsonNode.class);
                documents += uploads.size();
                accepted += answer.path("accepted").asInt();
                rejected += answer.path("rejected").asInt();
            }
            cursor = page.path("nextCursor").asText(null);
        } while (cursor != null);
        return new Summary(documents, accepted, rejected);
    }

    private static byte[] lines(JsonNode uploads) {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (JsonNode upload : uploads) {
            ndjson.writeBytes(Json.write(upload));
            ndjson.write('\n');
        }
        return ndjson.toByteArray();
    }

    private static byte[] expect(Response response, int status) {
        if (response.getStatus() != status) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Reprocessing stopped: a service answered " + response.getStatus() + "; try again later", 5L);
        }
        return (byte[]) response.getEntity();
    }

}
