package dev.polychron.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A running text of a peer suite with the dates it should yield; an empty list means it should yield none.
 *
 * @param languageTag the BCP 47 tag handed to the analyser, null to let it detect the language
 */
public record DocumentCase(Suite suite, String id, String source, String lang, String languageTag, String text,
                           LocalDateTime reference, List<ExpectedMention> expected) {

    public DocumentCase {
        expected = List.copyOf(expected);
    }
}
