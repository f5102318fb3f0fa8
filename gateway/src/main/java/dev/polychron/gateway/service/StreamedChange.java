package dev.polychron.gateway.service;

import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.serde.Json;
import io.vertx.core.buffer.Buffer;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A timeline change as the stream holds and sends it: its whole Server-Sent Events frame, encoded once however many
 * subscribers receive it, and the entity ids and source languages that subscribers filter on. Holding these instead
 * of the change keeps the replay buffer to about the size of the frames, where the change's object graph (every
 * source sentence of the event) is several times that.
 *
 * @param frame {@code id}, {@code event} and {@code data} lines and the blank line that ends the event; Vert.x writes
 *              a slice of it to each connection, so one buffer serves every subscriber
 */
public record StreamedChange(long sequence, TimelineUpdated.Change change, boolean withEvent, Set<String> entityIds,
                             Set<String> languages, Buffer frame) {

    public static StreamedChange of(TimelineUpdated update) {
        TimelineEvent event = update.event();
        Set<String> entityIds = event == null ? Set.of()
                : event.entities().stream().map(TimelineEvent.EntityRef::id).collect(Collectors.toUnmodifiableSet());
        Set<String> languages = event == null ? Set.of() : Set.copyOf(event.languages());
        // compact JSON has no line breaks (those inside strings are escaped), so the data fits on one line
        byte[] json = Json.write(update);
        Buffer frame = Buffer.buffer(json.length + 64)
                .appendString("id: " + update.sequence() + "\nevent: "
                        + update.change().name().toLowerCase(Locale.ROOT) + "\ndata: ", "UTF-8")
                .appendBytes(json)
                .appendString("\n\n", "UTF-8");
        return new StreamedChange(update.sequence(), update.change(), event != null, entityIds, languages, frame);
    }

    /** The heap the frame takes. */
    long heldBytes() {
        return frame.length();
    }
}
