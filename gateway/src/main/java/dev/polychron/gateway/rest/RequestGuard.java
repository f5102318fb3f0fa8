package dev.polychron.gateway.rest;

import dev.polychron.gateway.config.GatewayConfig;
import dev.polychron.gateway.service.ApiKeys;
import dev.polychron.gateway.service.ClientAddresses;
import dev.polychron.gateway.service.RateLimiter;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.RouteProblems;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The gateway's first look at every request, before routing and before any of its body is read: the rate limit
 * (per API key, else per client address), the API key, then the announced body size. It runs after Quarkus has set
 * the configured response headers, so its refusals carry them too, and before Quarkus' own body-size check, so an
 * announced oversized body gets a problem document rather than a bare 413.
 */
@ApplicationScoped
public class RequestGuard {

    /** Between the header handlers ({@code Integer.MIN_VALUE}) and Quarkus' body-size check (-2). */
    static final int ORDER = -10;

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final boolean rateLimited;
    private final long maxBodyBytes;

    public RequestGuard(ApiKeys keys, RateLimiter limiter, GatewayConfig config) {
        this.keys = keys;
        this.limiter = limiter;
        this.rateLimited = config.rateLimit().enabled();
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
        Log.infof("API keys: %d configured; writes %s; reads %s; rate limit %s; bodies up to %d bytes", keys.count(),
                keys.count() == 0 ? "OPEN (set POLYCHRON_API_KEYS)" : "need a key",
                keys.count() > 0 && keys.readsNeedKey() ? "need a key" : "open",
                rateLimited ? "on" : "off", maxBodyBytes);
    }

    void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        OptionalInt key = keys.match(request.getHeader(ApiKeys.HEADER));
        if (rateLimited && ApiKeys.isApi(path)) {
            long retryAfter = limiter.acquire(key.isPresent() ? "key:" + key.getAsInt() : address(request));
            if (retryAfter > 0) {
                reject(context, Response.Status.TOO_MANY_REQUESTS, "Too many requests; slow down",
                        Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
                return;
            }
        }
        if (key.isEmpty() && keys.required(request.method().name(), path)) {
            reject(context, Response.Status.UNAUTHORIZED, "A valid " + ApiKeys.HEADER + " header is required",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeys.HEADER + "\""));
            return;
        }
        OptionalLong length = RouteProblems.declaredLength(request);
        if (length.isPresent() && length.getAsLong() > maxBodyBytes) {
            reject(context, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body has " + length.getAsLong()
                    + " bytes; the limit is " + maxBodyBytes, Map.of());
            return;
        }
        context.next();
    }

    private void reject(RoutingContext context, Response.Status status, String detail, Map<String, String> headers) {
        RouteProblems.reject(context, Problem.of(status, detail), headers);
    }

    private static String address(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return ClientAddresses.identity(remote == null ? null : remote.hostAddress());
    }
}
