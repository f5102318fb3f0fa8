package dev.polychron.gateway.rest;

import dev.polychron.support.rest.ProblemException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.function.Supplier;

/** Passes a service's answer on to the caller: status, body and the headers that matter; an unreachable service is a 503. */
final class Forwarder {

    private static final List<String> PASSED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER);
    private static final long RETRY_AFTER_SECONDS = 5;

    private Forwarder() {
    }

    static Response forward(String service, Supplier<Response> call) {
        try (Response answer = call.get()) {
            Response.ResponseBuilder response = Response.status(answer.getStatus());
            for (String header : PASSED_HEADERS) {
                String value = answer.getHeaderString(header);
                if (value != null) {
                    response.header(header, value);
                }
            }
            if (answer.hasEntity()) {
                response.entity(answer.readEntity(byte[].class));
            }
            return response.build();
        } catch (ProcessingException e) {
            Log.warnf("%s is unreachable: %s", service, e.getMessage());
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, service + " is unavailable; try again later",
                    RETRY_AFTER_SECONDS);
        }
    }
}
