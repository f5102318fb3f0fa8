package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.nlp.text.Span;

import java.util.List;

/** Finds named entities in a text and links each mention to a canonical entity id. */
public interface EntityExtractor {

    /**
     * The entity mentions of {@code text}, in text order.
     *
     * @param sentences the text's sentences, so that sentence-initial capitals can be told from names
     * @param excluded  spans that are not names (dates, for instance)
     */
    List<EntityMention> extract(String text, String language, List<Span> sentences, List<Span> excluded);
}
