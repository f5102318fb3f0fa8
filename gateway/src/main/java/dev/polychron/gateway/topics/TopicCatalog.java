package dev.polychron.gateway.topics;

import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.events.Topics;

import java.util.List;

/** The topics outside consumers may read, what travels on each, who writes it and what its key is. */
public final class TopicCatalog {

    /** One topic: its payload record and how the AsyncAPI document describes it. */
    public record Topic(String address, Class<?> payload, String producer, String key, String description) {

        /** The AsyncAPI channel name: the address in camel case ("documents.raw" → "documentsRaw"). */
        public String channel() {
            StringBuilder name = new StringBuilder();
            for (String part : address.split("\\.")) {
                name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return name.toString();
        }
    }

    public static final List<Topic> TOPICS = List.of(
            new Topic(Topics.DOCUMENTS_RAW, DocumentIngested.class, "ingest-service", "the document id",
                    "Every accepted upload, with its text (the text that all offsets index)."),
            new Topic(Topics.NLP_ENTITIES, EntitiesExtracted.class, "nlp-service", "the document id",
                    "The entity mentions found in one document, each linked to a language-independent entity id."),
            new Topic(Topics.NLP_DATES, DatesExtracted.class, "nlp-service", "the document id",
                    "The date mentions (TIMEX3 values) and event candidates of one document."),
            new Topic(Topics.TIMELINE_EVENTS, TimelineUpdated.class, "timeline-service", "the timeline event id",
                    "Every creation, update and deletion of a timeline event, in the order of its global `sequence`"
                            + " (one partition; the transactional outbox is its source). `event` is null when"
                            + " deleted."));

    private TopicCatalog() {
    }
}
