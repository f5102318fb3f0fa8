package dev.polychron.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service, as the gateway calls it. */
@RegisterRestClient(configKey = "ingest")
public interface IngestClient {

    @POST
    @Path("/documents")
    @Consumes(MediaType.WILDCARD)
    Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);
}
