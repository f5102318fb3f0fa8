package dev.polychron.timeline.service;

import dev.polychron.timeline.repository.EntityRepository;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The registry's hand curation, as rules from the entity ids nlp-service gives to the ids shown: {@code merges} sends
 * every mention of an entity to another, {@code splits} sends the mentions of an entity written as one of its aliases
 * (normalised) to a new entity. Rules chain (a merge of a split-off entity, say); a cycle stops where it closes.
 */
public record CurationRules(Map<String, String> merges, Map<String, Map<String, String>> splits) {

    public static final CurationRules NONE = new CurationRules(Map.of(), Map.of());

    /** The entity a mention of {@code extractedId} written {@code text} belongs to; text may be null. */
    public String resolve(String extractedId, String text) {
        String normalized = text == null ? null : EntityRepository.normalize(text);
        Set<String> visited = new HashSet<>();
        String id = extractedId;
        while (visited.add(id)) {
            String split = normalized == null ? null : splits.getOrDefault(id, Map.of()).get(normalized);
            String next = split != null ? split : merges.get(id);
            if (next == null) {
                return id;
            }
            id = next;
        }
        return id;
    }
}
