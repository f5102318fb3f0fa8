package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Italian names a century of our second millennium by its hundreds, capitalised: "il Novecento" (the 1900s, the 20th
 * century, TIMEX "19"), "nel Quattrocento", "del primo Ottocento", "nell'Ottocento" (the article elided before a
 * vowel). CLDR has no such names. Only after an article or a preposition joined to one and with its capital, as
 * "novecento chilometri" and a sentence's "Novecento persone" count.
 */
final class ItalianCenturies {

    private static final Map<String, Integer> HUNDREDS = Map.of("duecento", 12, "trecento", 13, "quattrocento", 14,
            "cinquecento", 15, "seicento", 16, "settecento", 17, "ottocento", 18, "novecento", 19);
    private static final List<String> ARTICLES = List.of("il", "del", "nel", "dal", "al", "sul", "col");
    private static final List<String> ELIDED_ARTICLES = List.of("l", "dell", "nell", "dall", "all", "sull");
    /** Part words between the article and the name: "nel primo Novecento", "del tardo Ottocento". */
    private static final Map<String, Modifier> PARTS = Map.of("primo", Modifier.START, "pieno", Modifier.MID,
            "tardo", Modifier.END);

    private ItalianCenturies() {
    }

    static List<DateRule> rules(String language) {
        if (!language.startsWith("it")) {
            return List.of();
        }
        Start start = Start.words(Stream.concat(HUNDREDS.keySet().stream(), PARTS.keySet().stream()).toList());
        return List.of(DateRule.of(start, "(?<=\\b(?:(?:" + Alternation.of(ARTICLES) + ")\\s|(?:"
                        + Alternation.of(ELIDED_ARTICLES) + ")'))(?:(?<part>" + Alternation.of(PARTS.keySet())
                        + ")\\s+)?(?<name>" + Alternation.of(HUNDREDS.keySet()) + ")\\b",
                (m, reference) -> Optional.of(new ResolvedDate("%02d".formatted(HUNDREDS.get(m.group("name"))),
                        Granularity.CENTURY, m.group("part") == null ? null : PARTS.get(m.group("part")), null)))
                .requiring("cento")
                .writtenAs((text, m) -> Character.isUpperCase(text.charAt(m.start("name")))));
    }
}
