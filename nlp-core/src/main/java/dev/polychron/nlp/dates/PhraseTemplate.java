package dev.polychron.nlp.dates;

import java.util.Map;
import java.util.regex.Pattern;

/** A phrase of a data file ("{n} {unit} later", "i {weekday}s") as a regex: its words literal, its holes filled. */
final class PhraseTemplate {

    private PhraseTemplate() {
    }

    /** {@code phrase} quoted, each placeholder of {@code holes} ("{n}") replaced by its regex. */
    static String regex(String phrase, Map<String, String> holes) {
        String regex = Pattern.quote(phrase);
        for (Map.Entry<String, String> hole : holes.entrySet()) {
            regex = regex.replace(hole.getKey(), "\\E" + hole.getValue() + "\\Q");
        }
        return regex;
    }
}
