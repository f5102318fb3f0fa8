package dev.polychron.timeline.rest;

import dev.polychron.events.EventDate;
import dev.polychron.events.TimelineEvent;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.service.OutboxService;
import dev.polychron.timeline.service.TimelineQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.List;

/** The merged timeline: pages of events in date order, single events, and the change log behind the stream. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private static final int MAX_TEXT_QUERY = 500;

    private final TimelineQueries queries;

    public TimelineResource(TimelineQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("timeline")
    @Operation(summary = "Events in date order, then id, filtered and paged by keyset cursor")
    public Pages.TimelinePage timeline(
            @Parameter(description = "entity id or any alias") @QueryParam("entity") String entity,
            @Parameter(description = "TIMEX value or ISO date") @QueryParam("from") String from,
            @Parameter(description = "TIMEX value or ISO date") @QueryParam("to") String to,
            @QueryParam("language") String language,
            @Parameter(description = "words in a source sentence") @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return page(entity, from, to, language, q, limit, cursor);
    }

    @GET
    @Path("events/{id}")
    @Operation(summary = "One event with all its sources")
    public TimelineEvent event(@PathParam("id") String id, @QueryParam("language") String language) {
        return queries.event(id, LanguageTags.parse("language", language))
                .orElseThrow(() -> ProblemException.notFound("No event " + id));
    }

    @GET
    @Path("changes")
    @Operation(summary = "Published timeline changes after a sequence number, in order (what the stream replays)")
    public Pages.ChangePage changes(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long sequence;
        try {
            sequence = Long.parseLong(String.valueOf(after));
        } catch (NumberFormatException e) {
            sequence = -1;
        }
        if (sequence < 0) {
            throw ProblemException.badRequest("after must be a sequence number >= 0, was " + after);
        }
        return new Pages.ChangePage(queries.changesAfter(sequence, PageLimits.of(limit)).stream()
                .map(OutboxService::toPayload).toList());
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
