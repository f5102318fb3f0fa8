package dev.polychron.timeline.support;

import dev.polychron.events.DateMention;
import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.events.EventCandidate;
import dev.polychron.events.Granularity;

import java.time.Instant;
import java.util.List;

/** Pipeline messages about one small document, as nlp-service would send them. */
public record TimelineMessages(String documentId, String language, String text) {

    public static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    public DocumentIngested ingested() {
        return new DocumentIngested("raw-" + documentId, AT, 1, documentId, "sha-" + documentId, "Title " + documentId,
                null, language, null, AT, text);
    }

    /** Places found at the first occurrence of the given surface forms; ids are given with the names. */
    public EntitiesExtracted entities(String... surfaceAndId) {
        return entities(EntityType.LOC, surfaceAndId);
    }

    /** Entities of one type found at the first occurrence of the given surface forms, with their ids. */
    public EntitiesExtracted entities(EntityType type, String... surfaceAndId) {
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < surfaceAndId.length; i += 2) {
            String surface = surfaceAndId[i];
            int at = text.indexOf(surface);
            mentions.add(new EntityMention(surface, at, at + surface.length(), type, surfaceAndId[i + 1],
                    surfaceAndId[i + 1].toUpperCase(), 0.9));
        }
        return new EntitiesExtracted("ent-" + documentId, AT, 1, documentId, language, mentions);
    }

    /** One dated sentence: the whole text, with the date found at {@code dateText}. */
    public DatesExtracted dates(String dateText, String value, Granularity granularity, List<String> entityIds) {
        int at = text.indexOf(dateText);
        DateMention date = new DateMention(dateText, at, at + dateText.length(), value, granularity, null, null,
                false);
        EventCandidate candidate = new EventCandidate(0, text.length(), text, date, entityIds);
        return new DatesExtracted("dat-" + documentId, AT, 1, documentId, language, List.of(date),
                List.of(candidate));
    }
}
