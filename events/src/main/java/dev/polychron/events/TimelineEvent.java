package dev.polychron.events;

import java.util.List;

/** A merged timeline event as the API shows it: its date, summary, entities and every source sentence. */
public record TimelineEvent(
        String id,
        EventDate date,
        String summary,
        List<EntityRef> entities,
        List<EventSource> sources) {

    public TimelineEvent {
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
    }

    /** An entity of an event. */
    public record EntityRef(String id, String name, EntityType type) {
    }

    /** One sentence of one document that tells the event; offsets index the document text. */
    public record EventSource(
            String documentId,
            String title,
            String language,
            String sentence,
            int start,
            int end,
            Mentions mentions) {
    }

    /** The date and entity spans inside a source sentence, with document offsets. */
    public record Mentions(List<DateMention> dates, List<EntityMention> entities) {

        public Mentions {
            dates = List.copyOf(dates);
            entities = List.copyOf(entities);
        }
    }
}
