package dev.polychron.support.rest;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services for a request that must end in a problem response. */
public class ProblemException extends RuntimeException {

    private final transient Response.StatusType status;
    private final Long retryAfterSeconds;

    public ProblemException(Response.StatusType status, String detail) {
        this(status, detail, null);
    }

    public ProblemException(Response.StatusType status, String detail, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public Response.StatusType status() {
        return status;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
