package dev.polychron.timeline.rest;

import dev.polychron.support.rest.ProblemException;

/** Page sizes: 50 unless asked, at most 1000. */
final class PageLimits {

    static final int DEFAULT = 50;
    static final int MAX = 1000;

    private PageLimits() {
    }

    /** The page size a {@code limit} query parameter asks for; anything but 1..1000 is a 400. */
    static int of(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (parsed < 1 || parsed > MAX) {
            throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX + ", was " + limit);
        }
        return parsed;
    }
}
