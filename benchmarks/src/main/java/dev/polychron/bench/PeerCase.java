package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.dates.DatePreference;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One short text of a peer suite with the readings it accepts (none for a negative case).
 *
 * @param lang        the peer's language code, null when it gives none
 * @param languageTag the BCP 47 tag handed to the analyser, null to let it detect the language
 * @param grain       the expected grain, null for a negative case
 */
public record PeerCase(Suite suite, String id, String source, String lang, String languageTag, String text,
                       LocalDateTime reference, Grain grain, boolean holiday, List<Expectation> readings) {

    public PeerCase {
        readings = List.copyOf(readings);
    }

    /** Whether the analyser's dates pass: no date for a negative case, else a reading given by the longest one. */
    public boolean passes(List<DateMention> dates) {
        if (suite.scoring() == Suite.Scoring.NO_MENTION) {
            return dates.isEmpty();
        }
        return PeerValues.longest(dates).map(m -> readings.stream().anyMatch(r -> r.matches(m))).orElse(false);
    }

    /**
     * How the case reads what its text leaves open: Duckling's cases as Duckling does, the next such day or month
     * (its expected values follow that convention, see shared/peers/README.md); the others as news reads them.
     */
    public DatePreference preference() {
        return "duckling".equals(source) ? DatePreference.FUTURE : DatePreference.NEAREST;
    }

    public boolean coarse() {
        return grain != null && grain.coarse();
    }

    /** The accepted readings as one line of the failure list. */
    public String expected() {
        return readings.isEmpty() ? "no date" : readings.stream().map(Expectation::toString)
                .collect(Collectors.joining(" or "));
    }
}
