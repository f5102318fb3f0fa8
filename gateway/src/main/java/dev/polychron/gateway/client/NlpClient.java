package dev.polychron.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** nlp-service, as the gateway calls it. */
@RegisterRestClient(configKey = "nlp")
public interface NlpClient {

    @POST
    @Path("/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    Response analyze(byte[] body);
}
