package dev.polychron.events;

import java.util.List;

/**
 * A merged timeline event: its date, summary, entities, the languages and number of its sources, and source sentences.
 * The API gives every source; a change on {@code timeline.events} gives only the sources that the change brought (the
 * sentences of the documents just indexed), so that a change of an event told by thousands of documents stays small.
 *
 * @param languages   the languages of all its sources, sorted
 * @param sourceCount how many sources it has, which {@code sources} may fall short of in a change
 */
public record TimelineEvent(
        String id,
        EventDate date,
        String summary,
        List<EntityRef> entities,
        List<String> languages,
        int sourceCount,
        List<EventSource> sources) {

    public TimelineEvent {
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        // changes of schema 1 (still in an outbox or a history) had neither, and every source
        languages = languages == null
                ? sources.stream().map(EventSource::language).distinct().sorted().toList()
                : List.copyOf(languages);
        sourceCount = Math.max(sourceCount, sources.size());
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
