package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.events.TimelineEvent;
import dev.polychron.events.serde.Json;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.export.CsvExport;
import dev.polychron.gateway.export.TimelineJsExport;
import dev.polychron.support.rest.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;

/** A filtered timeline as a file: CSV for spreadsheets, or TimelineJS's JSON to show it with TimelineJS. */
@Path("/api/timeline/export")
public class ExportResource {

    /** At most this many events go into one export; the answer says when there were more. */
    static final int MAX_EVENTS = 10_000;
    static final String TRUNCATED = "Polychron-Truncated";
    private static final ObjectMapper JSON = Json.mapper();

    private final TimelineClient timeline;

    public ExportResource(@RestClient TimelineClient timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "The timeline with the filters of GET /api/timeline, as CSV (format=csv) or TimelineJS"
            + " JSON (format=timelinejs); at most 10,000 events (header Polychron-Truncated: true when cut)")
    @APIResponse(responseCode = "200", description = "text/csv or application/json")
    @APIResponse(responseCode = "400", description = "Unknown format or a malformed filter")
    public Response export(@QueryParam("format") String format, @QueryParam("entity") String entity,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("language") String language, @QueryParam("q") String q) {
        boolean csv = "csv".equals(format);
        if (!csv && !"timelinejs".equals(format)) {
            throw ProblemException.badRequest("format must be csv or timelinejs, was " + format);
        }
        List<TimelineEvent> events = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            Response page = Forwarder.forward("timeline-service", () -> timeline.timeline(entity, from, to,
                    language, q, "1000", after));
            if (page.getStatus() != Response.Status.OK.getStatusCode()) {
                return page;
            }
            JsonNode body = Json.read((byte[]) page.getEntity(), JsonNode.class);
            for (JsonNode event : body.path("events")) {
                events.add(JSON.convertValue(event, TimelineEvent.class));
            }
            cursor = body.path("nextCursor").asText(null);
        } while (cursor != null && events.size() < MAX_EVENTS);
        boolean truncated = events.size() > MAX_EVENTS || cursor != null;
        List<TimelineEvent> exported = events.subList(0, Math.min(events.size(), MAX_EVENTS));
        Response.ResponseBuilder answer = csv
                ? Response.ok(CsvExport.of(exported), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"polychron-timeline.csv\"")
                : Response.ok(TimelineJsExport.of(exported, "Polychron timeline"), MediaType.APPLICATION_JSON);
        return answer.header(TRUNCATED, Boolean.toString(truncated)).build();
    }
}
