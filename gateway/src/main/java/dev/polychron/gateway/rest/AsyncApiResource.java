package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polychron.gateway.topics.AsyncApiDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The Kafka topics documented for outside consumers: an AsyncAPI 3.0 document built from the payload records. */
@Path("/api/asyncapi")
@ApplicationScoped
public class AsyncApiResource {

    private final ObjectNode document;

    public AsyncApiResource(@ConfigProperty(name = "quarkus.application.version") String version,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String kafkaServers) {
        this.document = AsyncApiDocument.build(version, kafkaServers);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The AsyncAPI document of the topics (documents.raw, nlp.*, timeline.events)")
    public ObjectNode document() {
        return document;
    }
}
