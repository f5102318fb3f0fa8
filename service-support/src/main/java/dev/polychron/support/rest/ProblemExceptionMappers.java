package dev.polychron.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/** Turns every failure of a request into an RFC 9457 problem response; unexpected ones are logged with an id. */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = Problem.of(e.status(), e.getMessage()).toResponse();
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed JSON: " + e.getOriginalMessage())
                .toResponse().build();
    }

    /** Too deep, too long a number or string: the parser gave up on purpose, so it is the request that is bad. */
    @ServerExceptionMapper
    public Response jsonOverLimits(StreamConstraintsException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The JSON exceeds a parser limit: " + e.getOriginalMessage())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "Unexpected JSON: " + e.getOriginalMessage())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            return unexpected(e);
        }
        return Problem.of(original.getStatusInfo(), e.getMessage()).toResponse().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure, incident %s", incident);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure; incident " + incident)
                .toResponse().build();
    }
}
