package dev.polychron.events;

/**
 * A named entity found in a text; {@code start}/{@code end} are UTF-16 offsets into the document text, end exclusive.
 */
public record EntityMention(
        String text,
        int start,
        int end,
        EntityType type,
        String entityId,
        String name,
        double confidence) {
}
