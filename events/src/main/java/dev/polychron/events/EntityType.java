package dev.polychron.events;

/** The kinds of named entity. */
public enum EntityType {
    PER, ORG, LOC, EVENT, MISC
}
