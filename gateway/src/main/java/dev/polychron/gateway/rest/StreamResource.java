package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.service.StreamedChange;
import dev.polychron.gateway.service.TimelineStream;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.ProblemException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Server-Sent Events of timeline changes; the event id is the global sequence, so Last-Event-ID resumes exactly. */
@Path("/api/stream/events")
public class StreamResource {

    private static final int REPLAY_PAGE = 1000;
    private static final int MAX_REPLAY_PAGES = 100;
    private static final int ENTITY_MATCHES = 20;

    private final TimelineStream stream;
    private final TimelineClient timeline;
    private final ObjectMapper json;

    public StreamResource(TimelineStream stream, @RestClient TimelineClient timeline, ObjectMapper json) {
        this.stream = stream;
        this.timeline = timeline;
        this.json = json;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live timeline changes (created, updated, deleted), filtered by ?entity=&language=")
    public Multi<OutboundSseEvent> events(@QueryParam("entity") String entity,
                                          @QueryParam("language") String language,
                                          @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        long after = lastEventId == null || lastEventId.isBlank() ? -1 : sequence(lastEventId);
        Predicate<StreamedChange> filter = entityFilter(entity).and(languageFilter(
                LanguageTags.parse("language", language)));
        List<StreamedChange> older = after >= 0 && after + 1 < stream.oldestHeld() ? fetchAfter(after) : List.of();
        return stream.subscribe(after, older, filter).map(change -> sse.newEventBuilder()
                .id(Long.toString(change.sequence()))
                .name(change.change().name().toLowerCase(Locale.ROOT))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(change.json())
                .build());
    }

    private List<StreamedChange> fetchAfter(long after) {
        List<StreamedChange> older = new ArrayList<>();
        long cursor = after;
        for (int page = 0; page < MAX_REPLAY_PAGES; page++) {
            List<StreamedChange> changes = changesAfter(cursor);
            older.addAll(changes);
            if (changes.size() < REPLAY_PAGE || changes.get(changes.size() - 1).sequence() >= stream.oldestHeld()) {
                break;
            }
            cursor = changes.get(changes.size() - 1).sequence();
        }
        return older;
    }

    private List<StreamedChange> changesAfter(long after) {
        try (Response response = timeline.changes(after, REPLAY_PAGE)) {
            if (response.getStatus() != 200) {
                throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                        "The timeline history cannot be read now; reconnect later", 5L);
            }
            JsonNode changes = json.readTree(response.readEntity(byte[].class)).get("changes");
            List<StreamedChange> result = new ArrayList<>();
            for (JsonNode change : changes) {
                result.add(StreamedChange.of(Json.mapper().treeToValue(change, TimelineUpdated.class)));
            }
            return result;
        } catch (IOException e) {
            throw new ProblemException(Response.Status.BAD_GATEWAY, "The timeline history was unreadable");
        }
    }

    private Predicate<StreamedChange> entityFilter(String entity) {
        if (entity == null || entity.isBlank()) {
            return change -> true;
        }
        Set<String> ids = entityIds(entity.strip());
        return change -> !change.withEvent() || change.entityIds().stream().anyMatch(ids::contains);
    }

    /** The entity itself and every entity that has it as an alias, as the registry knows them now. */
    private Set<String> entityIds(String entity) {
        Set<String> ids = new HashSet<>(Set.of(entity));
        try (Response response = timeline.entities(entity, Integer.toString(ENTITY_MATCHES), null)) {
            if (response.getStatus() == 200) {
                for (JsonNode found : json.readTree(response.readEntity(byte[].class)).get("entities")) {
                    boolean named = found.get("name").asText().equalsIgnoreCase(entity);
                    for (JsonNode alias : found.get("aliases")) {
                        named |= alias.get("name").asText().equalsIgnoreCase(entity);
                    }
                    if (named) {
                        ids.add(found.get("id").asText());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The entity registry cannot be read now; try again later", 5L);
        }
        return ids;
    }

    private static Predicate<StreamedChange> languageFilter(String language) {
        if (language == null) {
            return change -> true;
        }
        return change -> !change.withEvent() || change.languages().contains(language);
    }

    private static long sequence(String lastEventId) {
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Last-Event-ID must be a sequence number from this stream");
        }
    }
}
