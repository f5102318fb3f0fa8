package dev.polychron.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers a request with a problem from a Vert.x route, before any resource runs and before its body is read. The
 * answer goes out at once; a body the client is still sending is then read and dropped, so that a client that only
 * reads after sending everything still gets it, up to {@link #DISCARD_AT_MOST} bytes, after which the connection is
 * closed (and it is announced as closing when the body is longer than that or of unknown length).
 */
public final class RouteProblems {

    /** The most body bytes dropped on a refused request before its connection is closed. */
    public static final long DISCARD_AT_MOST = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RouteProblems() {
    }

    /** Ends the exchange with {@code problem} and {@code headers}. */
    public static void reject(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        headers.forEach(response::putHeader);
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!request.isEnded()) {
            OptionalLong declared = declaredLength(request);
            boolean http1 = request.version() != HttpVersion.HTTP_2;
            if (http1 && (declared.isEmpty() || declared.getAsLong() > DISCARD_AT_MOST)) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            AtomicLong discarded = new AtomicLong();
            request.handler(chunk -> {
                if (discarded.addAndGet(chunk.length()) > DISCARD_AT_MOST) {
                    request.connection().close();
                }
            });
            request.resume();
        }
        response.end(Buffer.buffer(bytes(problem)));
    }

    /** The body length the request announces, if it announces one that is a number. */
    public static OptionalLong declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(length));
    }

    private static byte[] bytes(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
