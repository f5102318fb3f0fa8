package dev.polychron.gateway.rest;

import dev.polychron.gateway.service.ApiKeys;
import dev.polychron.support.rest.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/** Lets writes through only with a valid {@code X-API-Key} once keys are configured; reads stay open by default. */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String ANALYZE = "/api/analyze";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> checkKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean write = !READS.contains(request.getMethod()) && !path.equals(ANALYZE);
        if (!keys.required(write) || keys.valid(request.getHeaderString(HEADER))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(Response.Status.UNAUTHORIZED, "A valid " + HEADER + " header is required")
                .toResponse().header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build());
    }
}
