package dev.polychron.timeline.rest;

import dev.polychron.support.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
public final class Cursors {

    private static final String SEPARATOR = "\n";

    private Cursors() {
    }

    public static String encode(String... keys) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor; a cursor this service did not make is a 400. */
    public static String[] decode(String cursor, int keys) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != keys) {
                throw new IllegalArgumentException("wrong number of keys");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Invalid cursor; use the nextCursor of a previous page");
        }
    }
}
