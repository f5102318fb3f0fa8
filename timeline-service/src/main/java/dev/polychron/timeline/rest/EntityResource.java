package dev.polychron.timeline.rest;

import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.domain.EntityAlias;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.service.EntityQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/** The entity registry: search by any alias in any language, and one entity with its aliases. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private static final int MAX_QUERY = 200;

    private final EntityQueries queries;
    private final TimelinePages timeline;

    public EntityResource(EntityQueries queries, TimelinePages timeline) {
        this.queries = queries;
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "Entities by id or any alias, best match first")
    public Pages.EntityPage search(@QueryParam("q") String q, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.badRequest("q is longer than " + MAX_QUERY + " characters");
        }
        int size = PageLimits.of(limit);
        int offset = cursor == null || cursor.isBlank() ? 0 : offset(cursor);
        List<NamedEntity> rows = queries.search(q == null || q.isBlank() ? null : q.strip(), offset, size + 1);
        boolean more = rows.size() > size;
        List<NamedEntity> page = more ? rows.subList(0, size) : rows;
        Map<String, List<EntityAlias>> aliases = queries.aliases(page.stream().map(e -> e.id).toList());
        return new Pages.EntityPage(page.stream().map(e -> view(e, aliases.getOrDefault(e.id, List.of()))).toList(),
                more ? Cursors.encode(Integer.toString(offset + size)) : null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entity with its aliases per language and its mention count")
    public EntityView entity(@PathParam("id") String id) {
        NamedEntity entity = queries.entity(id).orElseThrow(() -> ProblemException.notFound("No entity " + id));
        return view(entity, queries.aliases(List.of(id)).getOrDefault(id, List.of()));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The events of one entity")
    public Pages.TimelinePage entityTimeline(@PathParam("id") String id, @QueryParam("from") String from,
                                             @QueryParam("to") String to, @QueryParam("language") String language,
                                             @QueryParam("limit") String limit,
                                             @QueryParam("cursor") String cursor) {
        return timeline.page(id, from, to, language, null, limit, cursor);
    }

    private static EntityView view(NamedEntity entity, List<EntityAlias> aliases) {
        return new EntityView(entity.id, entity.name, entity.type,
                aliases.stream().map(a -> new EntityView.Alias(a.alias, a.language)).toList(), entity.mentionCount);
    }

    private static int offset(String cursor) {
        try {
            int offset = Integer.parseInt(Cursors.decode(cursor, 1)[0]);
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Invalid cursor; use the nextCursor of a previous page");
        }
    }
}
