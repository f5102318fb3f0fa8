package dev.polychron.timeline.rest;

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


/** The merged timeline: pages of events in date order, single events, and the change log behind the stream. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineQueries queries;
    private final TimelinePages pages;

    public TimelineResource(TimelineQueries queries, TimelinePages pages) {
        this.queries = queries;
        this.pages = pages;
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
        return pages.page(entity, from, to, language, q, limit, cursor);
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
}
