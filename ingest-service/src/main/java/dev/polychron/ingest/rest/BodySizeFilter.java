package dev.polychron.ingest.rest;

import dev.polychron.ingest.config.IngestConfig;
import dev.polychron.support.rest.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/** Rejects a body that announces more bytes than the limit before any of it is read. */
public class BodySizeFilter {

    private final IngestConfig config;

    public BodySizeFilter(IngestConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> rejectOversizedBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxDocumentBytes()) {
            return Optional.of(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has " + length
                    + " bytes; the limit is " + config.maxDocumentBytes()).toResponse().build());
        }
        return Optional.empty();
    }
}
