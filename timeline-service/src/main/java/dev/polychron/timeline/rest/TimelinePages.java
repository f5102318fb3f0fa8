package dev.polychron.timeline.rest;

import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineEvent;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.service.TimelineQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Reads the query parameters of a timeline page, runs the query and makes the next cursor. */
@ApplicationScoped
public class TimelinePages {

    private static final int MAX_TEXT_QUERY = 500;

    private final TimelineQueries queries;

    public TimelinePages(TimelineQueries queries) {
        this.queries = queries;
    }

    Pages.TimelinePage page(String entity, String from, String to, String language, String q,
                                    String limit, String cursor) {
        if (q != null && q.length() > MAX_TEXT_QUERY) {
            throw ProblemException.badRequest("q is longer than " + MAX_TEXT_QUERY + " characters");
        }
        int size = PageLimits.of(limit);
        LocalDate afterFrom = null;
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] keys = Cursors.decode(cursor, 2);
            afterFrom = parseCursorDate(keys[0]);
            afterId = keys[1];
        }
        var query = new TimelineQueries.Query(blankToNull(entity), bound("from", from, 0), bound("to", to, 1),
                LanguageTags.parse("language", language), blankToNull(q), afterFrom, afterId, size);
        TimelineQueries.Page page = queries.page(query);
        List<TimelineEvent> events = page.events();
        String next = page.more()
                ? Cursors.encode(events.get(events.size() - 1).date().from().toString(),
                events.get(events.size() - 1).id())
                : null;
        return new Pages.TimelinePage(events, next);
    }

    private static LocalDate bound(String name, String value, int side) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventDate.bounds(value.strip())[side];
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(name + " is not a TIMEX value or ISO date: " + value);
        }
    }

    private static LocalDate parseCursorDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("Invalid cursor; use the nextCursor of a previous page");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
