package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;

import java.time.LocalDateTime;
import java.util.List;

/** Finds temporal expressions in a text and normalises them to TIMEX3 values. */
public interface DateExtractor {

    /**
     * The date mentions of {@code text}, in text order and not overlapping.
     *
     * @param language  BCP 47 tag of the text's language
     * @param reference the moment relative expressions are resolved against
     */
    default List<DateMention> extract(String text, String language, LocalDateTime reference) {
        return extract(text, language, reference, DatePreference.NEAREST);
    }

    /**
     * The date mentions of {@code text}, those the text leaves open read on the side {@code preference} gives.
     *
     * @param language  BCP 47 tag of the text's language
     * @param reference the moment relative expressions are resolved against
     */
    List<DateMention> extract(String text, String language, LocalDateTime reference, DatePreference preference);
}
