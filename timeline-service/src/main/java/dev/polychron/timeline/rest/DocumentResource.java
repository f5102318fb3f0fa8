package dev.polychron.timeline.rest;

import dev.polychron.events.Annotations;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.support.rest.UploadRequest;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.service.DocumentQueries;
import dev.polychron.timeline.service.DocumentRemoval;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Documents: their status and counts, the newest-first list, and every mention found in them. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentQueries queries;
    private final DocumentRemoval removal;

    public DocumentResource(DocumentQueries queries, DocumentRemoval removal) {
        this.queries = queries;
        this.removal = removal;
    }

    @GET
    @Operation(summary = "Documents, newest first")
    public Pages.DocumentPage list(@QueryParam("status") String status, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        Slice slice = slice(status, limit, cursor);
        Map<String, long[]> counts = queries.counts(slice.documents().stream().map(d -> d.id).toList());
        return new Pages.DocumentPage(slice.documents().stream().map(d -> view(d, counts.get(d.id), false)).toList(),
                slice.next());
    }

    @GET
    @Path("uploads")
    @Operation(summary = "Documents as they were uploaded (text, title, url, language hint, publishedAt), newest"
            + " first: what reprocessing uploads again")
    public Pages.UploadPage uploads(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Slice slice = slice(null, limit, cursor);
        Map<String, String> texts = queries.texts(slice.documents().stream().map(d -> d.id).toList());
        return new Pages.UploadPage(slice.documents().stream().filter(d -> texts.containsKey(d.id))
                .map(d -> upload(d, texts.get(d.id))).toList(), slice.next());
    }

    @GET
    @Path("{id}/upload")
    @Operation(summary = "The document as it was uploaded: what reprocessing uploads again")
    public UploadRequest upload(@PathParam("id") String id) {
        return queries.document(id).filter(d -> d.text != null).map(d -> upload(d, d.text))
                .orElseThrow(() -> ProblemException.notFound("No document " + id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a document: its mentions go, its sources leave their events, and an event left"
            + " without sources disappears")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document (or deleted already)")
    public void delete(@PathParam("id") String id) {
        removal.delete(id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's status (RECEIVED, ANALYZED, INDEXED or FAILED with the reason) and counts")
    public DocumentView document(@PathParam("id") String id, @QueryParam("include") String include) {
        Document document = queries.document(id).orElseThrow(() -> ProblemException.notFound("No document " + id));
        return view(document, queries.counts(List.of(id)).get(id), "text".equals(include));
    }

    @GET
    @Path("{id}/annotations")
    @Operation(summary = "Every entity and date mention of a document, with offsets into its text")
    public Annotations annotations(@PathParam("id") String id) {
        return queries.annotations(id).orElseThrow(() -> ProblemException.notFound("No document " + id));
    }

    /** One page of documents, newest first, and the cursor of the next page. */
    private record Slice(List<Document> documents, String next) {
    }

    private Slice slice(String status, String limit, String cursor) {
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
        return new Slice(page, next);
    }

    private static UploadRequest upload(Document d, String text) {
        return new UploadRequest(text, null, d.title, d.url, d.languageHint,
                d.publishedAt == null ? null : d.publishedAt.toString());
    }

    private static DocumentView view(Document d, long[] counts, boolean withText) {
        return new DocumentView(d.id, d.status.name(), d.failureReason, d.language, d.title, d.url, d.publishedAt,
                d.receivedAt, d.analyzedAt(), d.status == DocumentStatus.INDEXED ? d.indexedAt : null, d.duplicateOf,
                new DocumentView.Counts(counts[0], counts[1], counts[2]), withText ? d.text : null);
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
