package dev.polychron.nlpservice.rest;

import dev.polychron.nlpservice.config.AnalyzeConfig;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.RouteProblems;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Refuses an analyze request whose announced body is larger than any allowed text can make, before reading it and
 * before Quarkus' own body-size check (route order -2) could answer with a bare 413.
 */
@ApplicationScoped
public class AnalyzeBodyLimit {

    private static final int ORDER = -10;

    private final long maxBodyBytes;

    public AnalyzeBodyLimit(AnalyzeConfig config) {
        this.maxBodyBytes = AnalyzeResource.maxBodyBytes(config);
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, AnalyzeResource.PATH).order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        OptionalLong length = RouteProblems.declaredLength(context.request());
        if (length.isPresent() && length.getAsLong() > maxBodyBytes) {
            RouteProblems.reject(context, Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has "
                    + length.getAsLong() + " bytes; the limit is " + maxBodyBytes), Map.of());
            return;
        }
        context.next();
    }
}
