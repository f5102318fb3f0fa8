package dev.polychron.gateway.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Reprocessing every stored document with the current NLP, the way to pick up better extraction after an upgrade. */
@Path("/api/reprocess")
@Produces(MediaType.APPLICATION_JSON)
public class ReprocessResource {

    private final Reprocessing reprocessing;

    public ReprocessResource(Reprocessing reprocessing) {
        this.reprocessing = reprocessing;
    }

    @POST
    @Operation(summary = "Run the current NLP again over every stored document (they stay on the timeline"
            + " meanwhile). Needs the API key.")
    @APIResponse(responseCode = "202", description = "{documents, accepted, rejected}: all queued again")
    @APIResponse(responseCode = "503", description = "A service was unavailable; what was queued stays queued")
    public Response reprocessAll() {
        return Response.accepted(reprocessing.all()).build();
    }
}
