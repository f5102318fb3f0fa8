package dev.polychron.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import dev.polychron.gateway.client.TimelineClient;
import dev.polychron.gateway.config.GatewayConfig;
import dev.polychron.gateway.service.StreamedChange;
import dev.polychron.gateway.service.TimelineStream;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.support.rest.RouteProblems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /api/stream/events?entity=&language=}: Server-Sent Events of timeline changes; the event id is the global
 * sequence, so {@code Last-Event-ID} resumes exactly. A Vert.x route rather than a REST resource, so that each
 * change's frame is encoded once and the same bytes go to every subscriber: with Quarkus REST's SSE, encoding each
 * event again for each subscriber took most of the gateway's time in a 1,000-subscriber profile. It runs after
 * {@link RequestGuard}, so keys and rate limits apply as to every other route.
 */
@ApplicationScoped
public class StreamRoute {

    static final String PATH = "/api/stream/events";

    private static final int REPLAY_PAGE = 1000;
    private static final int MAX_REPLAY_PAGES = 100;
    private static final int ENTITY_MATCHES = 20;
    /** Sent first, so that the client sees the stream open before the first change. */
    private static final Buffer OPENING = Buffer.buffer(": timeline changes\n\n");

    private final TimelineStream stream;
    private final TimelineClient timeline;
    private final ObjectMapper json;
    private final long backlogLimit;

    public StreamRoute(TimelineStream stream, @RestClient TimelineClient timeline, ObjectMapper json,
                       GatewayConfig config) {
        this.stream = stream;
        this.timeline = timeline;
        this.json = json;
        this.backlogLimit = config.streamSubscriberBacklog().asLongValue();
    }

    void install(@Observes Router router) {
        // the filters and the history may ask timeline-service, so the opening runs on a worker thread
        router.get(PATH).order(RequestGuard.ORDER + 1).blockingHandler(this::open, false);
    }

    void open(RoutingContext context) {
        long after;
        Predicate<StreamedChange> filter;
        History older;
        try {
            String lastEventId = context.request().getHeader("Last-Event-ID");
            after = lastEventId == null || lastEventId.isBlank() ? -1 : sequence(lastEventId);
            filter = entityFilter(context.request().getParam("entity")).and(languageFilter(
                    LanguageTags.parse("language", context.request().getParam("language"))));
            older = after >= 0 && after + 1 < stream.oldestHeld() ? fetchAfter(after) : new History(List.of(), true);
        } catch (ProblemException e) {
            RouteProblems.reject(context, Problem.of(e.status(), e.getMessage()), e.retryAfterSeconds() == null
                    ? Map.of() : Map.of(HttpHeaders.RETRY_AFTER.toString(), e.retryAfterSeconds().toString()));
            return;
        }
        HttpServerResponse response = context.response().setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.write(OPENING);
        StreamConnection connection = new StreamConnection(response, backlogLimit);
        Optional<Runnable> subscription = stream.subscribe(after, older.changes(), older.whole(), filter, connection);
        if (subscription.isEmpty()) {
            // it lacks changes this replica does not hold: it got the history read for it, and its client resumes
            // after that (the history then holds the rest). The id alone moves the client's Last-Event-ID to the end
            // of that history even where the filter let none of it through: else a filtered client far behind would
            // come back for the same history on every reconnection
            response.end(Buffer.buffer("id: " + older.lastSequence(after) + "\n\n"));
            return;
        }
        Runnable unsubscribe = subscription.get();
        response.closeHandler(ignored -> {
            connection.close();
            unsubscribe.run();
        });
        if (response.closed()) {
            connection.close();
            unsubscribe.run();
        }
    }

    /** Changes read from timeline-service's history; {@code whole} when they reach what this replica holds. */
    private record History(List<StreamedChange> changes, boolean whole) {

        long lastSequence(long after) {
            return changes.isEmpty() ? after : changes.get(changes.size() - 1).sequence();
        }
    }

    private History fetchAfter(long after) {
        List<StreamedChange> older = new ArrayList<>();
        long cursor = after;
        for (int page = 0; page < MAX_REPLAY_PAGES; page++) {
            List<StreamedChange> changes = changesAfter(cursor);
            older.addAll(changes);
            if (changes.size() < REPLAY_PAGE || changes.get(changes.size() - 1).sequence() >= stream.oldestHeld()) {
                return new History(older, true);
            }
            cursor = changes.get(changes.size() - 1).sequence();
        }
        return new History(older, false);
    }

    private List<StreamedChange> changesAfter(long after) {
        try (Response response = timeline.changes(after, REPLAY_PAGE)) {
            if (response.getStatus() != 200) {
                throw historyUnavailable();
            }
            JsonNode changes = json.readTree(response.readEntity(byte[].class)).get("changes");
            List<StreamedChange> result = new ArrayList<>();
            for (JsonNode change : changes) {
                result.add(StreamedChange.of(Json.mapper().treeToValue(change, TimelineUpdated.class)));
            }
            return result;
        } catch (IOException e) {
            throw new ProblemException(Response.Status.BAD_GATEWAY, "The timeline history was unreadable");
        } catch (ProcessingException e) {
            throw historyUnavailable();
        }
    }

    private static ProblemException historyUnavailable() {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                "The timeline history cannot be read now; reconnect later", 5L);
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
