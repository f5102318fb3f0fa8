package dev.polychron.support.rest;

import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body with a bound, so that an oversized body, even one sent without a length, costs no more memory
 * than the limit and is answered with a 413 problem. Keep {@code quarkus.http.limits.max-body-size} above the limit:
 * past it Quarkus cuts the request off itself, with a bare 413.
 */
public final class RequestBodies {

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private RequestBodies() {
    }

    /** The whole body, or a 413 problem when it has more than {@code limit} bytes. */
    public static byte[] readAtMost(InputStream body, long limit) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(MAX_ARRAY, limit + 1));
            if (bytes.length > limit) {
                throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The body has more than " + limit + " bytes; the limit is " + limit);
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read: " + e.getMessage());
        }
    }
}
