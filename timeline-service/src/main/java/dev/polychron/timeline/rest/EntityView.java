package dev.polychron.timeline.rest;

import dev.polychron.events.EntityType;

import java.util.List;

/** A canonical entity with the names it goes by and how often it is mentioned. */
public record EntityView(String id, String name, EntityType type, List<Alias> aliases, int mentions) {

    /** One name in one language. */
    public record Alias(String name, String language) {
    }
}
