package dev.polychron.timeline.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.support.rest.RequestBodies;
import dev.polychron.support.rest.StrictJson;
import dev.polychron.timeline.domain.EntityAlias;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.service.EntityCuration;
import dev.polychron.timeline.service.EntityQueries;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The entity registry: search by any alias in any language, one entity with its aliases, and hand curation. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private static final int MAX_QUERY = 200;
    private static final long MAX_CURATION_BODY = 64 * 1024;

    private final EntityQueries queries;
    private final TimelinePages timeline;
    private final EntityCuration curation;
    private final ObjectMapper json;

    public EntityResource(EntityQueries queries, TimelinePages timeline, EntityCuration curation, ObjectMapper json) {
        this.queries = queries;
        this.timeline = timeline;
        this.curation = curation;
        this.json = StrictJson.mapper(json);
    }

    /** {@code {into}}: the entity this one becomes part of. */
    public record MergeRequest(String into) {
    }

    /** {@code {aliases}}: the names whose mentions leave this entity for a new one. */
    public record SplitRequest(List<String> aliases) {
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
        return view(entity);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge this entity into {into}: its aliases, mentions and events move there, also later ones")
    public EntityView merge(@PathParam("id") String id, InputStream body) {
        MergeRequest request = StrictJson.read(json, RequestBodies.readAtMost(body, MAX_CURATION_BODY),
                MergeRequest.class);
        return entity(curation.merge(id, request.into()));
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split {aliases} off this entity into a new one, with their mentions and events")
    public Response split(@PathParam("id") String id, InputStream body) {
        SplitRequest request = StrictJson.read(json, RequestBodies.readAtMost(body, MAX_CURATION_BODY),
                SplitRequest.class);
        String created = curation.split(id, request.aliases());
        return Response.created(URI.create("/api/entities/" + created)).entity(entity(created)).build();
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

    private EntityView view(NamedEntity entity) {
        return view(entity, queries.aliases(List.of(entity.id)).getOrDefault(entity.id, List.of()));
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
