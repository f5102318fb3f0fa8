package dev.polychron.timeline.rest;

import dev.polychron.events.Annotations;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.service.DocumentQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Documents: their status and counts, the newest-first list, and every mention found in them. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentQueries queries;

    public DocumentResource(DocumentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Documents, newest first")
    public Pages.DocumentPage list(@QueryParam("status") String status, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        int size = PageLimits.of(limit);
        Instant before = null;
        String beforeId = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] keys = Cursors.decode(cursor, 2);
            try {
                before = Instant.parse(keys[0]);
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("Invalid cursor; use the nextCursor of a previous page");
            }
            beforeId = keys[1];
        }
        List<Document> rows = queries.page(status(status), before, beforeId, size + 1);
        boolean more = rows.size() > size;
        List<Document> page = more ? rows.subList(0, size) : rows;
        String next = more ? Cursors.encode(page.get(size - 1).receivedAt.toString(), page.get(size - 1).id) : null;
        return new Pages.DocumentPage(page.stream().map(d -> view(d, false)).toList(), next);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's status (RECEIVED, ANALYZED, INDEXED or FAILED with the reason) and counts")
    public DocumentView document(@PathParam("id") String id, @QueryParam("include") String include) {
        Document document = queries.document(id).orElseThrow(() -> ProblemException.notFound("No document " + id));
        return view(document, "text".equals(include));
    }

    @GET
    @Path("{id}/annotations")
    @Operation(summary = "Every entity and date mention of a document, with offsets into its text")
    public Annotations annotations(@PathParam("id") String id) {
        return queries.annotations(id).orElseThrow(() -> ProblemException.notFound("No document " + id));
    }

    private DocumentView view(Document d, boolean withText) {
        long[] counts = queries.counts(d.id);
        return new DocumentView(d.id, d.status.name(), d.failureReason, d.language, d.title, d.url, d.publishedAt,
                d.receivedAt, d.duplicateOf, new DocumentView.Counts(counts[0], counts[1], counts[2]),
                withText ? d.text : null);
    }

    private static DocumentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of " + Arrays.toString(DocumentStatus.values()));
        }
    }
}
