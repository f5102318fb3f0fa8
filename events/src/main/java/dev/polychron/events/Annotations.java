package dev.polychron.events;

import java.util.List;

/** Every mention found in one text, as the annotation and analyze endpoints answer. */
public record Annotations(String language, List<EntityMention> entities, List<DateMention> dates) {

    public Annotations {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
