package dev.polychron.gateway.service;

import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A timeline change as the stream holds and sends it: its JSON, written once however many subscribers receive it,
 * and the entity ids and source languages that subscribers filter on. Holding these instead of the change keeps the
 * replay buffer to about the size of the JSON, where the change's object graph (every source sentence of the event)
 * is several times that.
 */
public record StreamedChange(long sequence, TimelineUpdated.Change change, boolean withEvent, Set<String> entityIds,
                             Set<String> languages, String json) {

    public static StreamedChange of(TimelineUpdated update) {
        TimelineEvent event = update.event();
        Set<String> entityIds = event == null ? Set.of()
                : event.entities().stream().map(TimelineEvent.EntityRef::id).collect(Collectors.toUnmodifiableSet());
        Set<String> languages = event == null ? Set.of()
                : event.sources().stream().map(TimelineEvent.EventSource::language)
                .collect(Collectors.toUnmodifiableSet());
        return new StreamedChange(update.sequence(), update.change(), event != null, entityIds, languages,
                new String(Json.write(update), StandardCharsets.UTF_8));
    }

    /** The heap the JSON takes at most: two bytes a character. */
    long heldBytes() {
        return 2L * json.length();
    }
}
