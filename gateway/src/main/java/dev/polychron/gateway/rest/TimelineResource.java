package dev.polychron.gateway.rest;

import dev.polychron.gateway.client.NlpClient;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.config.GatewayConfig;
import dev.polychron.support.rest.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;

/** Timeline, events and entities with their curation (timeline-service); synchronous analysis (nlp-service). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private static final String TIMELINE = "timeline-service";

    private final TimelineClient timeline;
    private final NlpClient nlp;
    private final long maxBodyBytes;

    public TimelineResource(@RestClient TimelineClient timeline, @RestClient NlpClient nlp, GatewayConfig config) {
        this.timeline = timeline;
        this.nlp = nlp;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    @GET
    @Path("timeline")
    @Operation(summary = "Events in date order (then id): ?entity=&from=&to=&language=&q=&limit=&cursor=")
    public Response timeline(@QueryParam("entity") String entity, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("language") String language,
                             @QueryParam("q") String q, @QueryParam("limit") String limit,
                             @QueryParam("cursor") String cursor) {
        return Forwarder.forward(TIMELINE, () -> timeline.timeline(entity, from, to, language, q, limit, cursor));
    }

    @GET
    @Path("events/{id}")
    @Operation(summary = "One event with every source sentence")
    public Response event(@PathParam("id") String id, @QueryParam("language") String language) {
        return Forwarder.forward(TIMELINE, () -> timeline.event(id, language));
    }

    @GET
    @Path("entities")
    @Operation(summary = "Entities by any alias in any language, best match first")
    public Response entities(@QueryParam("q") String q, @QueryParam("limit") String limit,
                             @QueryParam("cursor") String cursor) {
        return Forwarder.forward(TIMELINE, () -> timeline.entities(q, limit, cursor));
    }

    @GET
    @Path("entities/{id}")
    @Operation(summary = "One entity with its aliases and mention count")
    public Response entity(@PathParam("id") String id) {
        return Forwarder.forward(TIMELINE, () -> timeline.entity(id));
    }

    @GET
    @Path("entities/{id}/timeline")
    @Operation(summary = "The events of one entity")
    public Response entityTimeline(@PathParam("id") String id, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("language") String language,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Forwarder.forward(TIMELINE, () -> timeline.entityTimeline(id, from, to, language, limit, cursor));
    }

    @POST
    @Path("entities/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge the entity into {into}: aliases, mentions and events move there, also later ones")
    public Response mergeEntity(@PathParam("id") String id, InputStream body) {
        byte[] bytes = RequestBodies.readAtMost(body, maxBodyBytes);
        return Forwarder.forward(TIMELINE, () -> timeline.mergeEntity(id, bytes));
    }

    @POST
    @Path("entities/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split {aliases} off the entity into a new one, with their mentions and events")
    public Response splitEntity(@PathParam("id") String id, InputStream body) {
        byte[] bytes = RequestBodies.readAtMost(body, maxBodyBytes);
        return Forwarder.forward(TIMELINE, () -> timeline.splitEntity(id, bytes));
    }

    @POST
    @Path("analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dates and entities of {text, language?, referenceDate?, prefer?}, synchronously; "
            + "nothing stored")
    public Response analyze(InputStream body) {
        byte[] bytes = RequestBodies.readAtMost(body, maxBodyBytes);
        return Forwarder.forward("nlp-service", () -> nlp.analyze(bytes));
    }
}
