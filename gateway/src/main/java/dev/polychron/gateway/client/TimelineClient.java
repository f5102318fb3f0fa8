package dev.polychron.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** timeline-service, as the gateway calls it; answers are passed on as they come. */
@RegisterRestClient(configKey = "timeline")
public interface TimelineClient {

    @GET
    @Path("/documents")
    Response documents(@QueryParam("status") String status, @QueryParam("limit") String limit,
                       @QueryParam("cursor") String cursor);

    @GET
    @Path("/documents/{id}")
    Response document(@PathParam("id") String id, @QueryParam("include") String include);

    @DELETE
    @Path("/documents/{id}")
    Response deleteDocument(@PathParam("id") String id);

    @GET
    @Path("/documents/{id}/upload")
    Response upload(@PathParam("id") String id);

    @GET
    @Path("/documents/uploads")
    Response uploads(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/documents/{id}/annotations")
    Response annotations(@PathParam("id") String id);

    @GET
    @Path("/timeline")
    Response timeline(@QueryParam("entity") String entity, @QueryParam("from") String from,
                      @QueryParam("to") String to, @QueryParam("language") String language,
                      @QueryParam("q") String q, @QueryParam("limit") String limit,
                      @QueryParam("cursor") String cursor);

    @GET
    @Path("/events/{id}")
    Response event(@PathParam("id") String id, @QueryParam("language") String language);

    @GET
    @Path("/entities")
    Response entities(@QueryParam("q") String q, @QueryParam("limit") String limit,
                      @QueryParam("cursor") String cursor);

    @GET
    @Path("/entities/{id}")
    Response entity(@PathParam("id") String id);

    @GET
    @Path("/entities/{id}/timeline")
    Response entityTimeline(@PathParam("id") String id, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("language") String language,
                            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/entities/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    Response mergeEntity(@PathParam("id") String id, byte[] body);

    @POST
    @Path("/entities/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    Response splitEntity(@PathParam("id") String id, byte[] body);

    @GET
    @Path("/changes")
    Response changes(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
