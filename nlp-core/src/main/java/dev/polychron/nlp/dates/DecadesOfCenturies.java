package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A decade written by its tens alone and then its century is that century's decade: "w latach 80. XIX wieku", "в
 * 80-х годах XIX века", "in den 80er Jahren des 19. Jahrhunderts", "dans les années 80 du XIXe siècle", "en los años
 * 80 del siglo XIX" are the 1880s, where the tens alone would be the 1980s. Chinese, Japanese and Vietnamese write the
 * century first or join them in one rule ({@link CenturyDecades}).
 */
final class DecadesOfCenturies {

    /** The tens of a decade written without its century: no run of three digits. */
    private static final Pattern CENTURY_WRITTEN = Pattern.compile("\\d{3}");
    /** A century of our era as TIMEX writes it ("18" for the 19th). */
    private static final Pattern CENTURY_OF_OUR_ERA = Pattern.compile("\\d{2}");
    /** What may stand between the decade and its century: a space, or the language's "of (the)". */
    private static final Pattern OF = Pattern.compile("(?iU)\\s+(?:(?:of\\s+the|des|du|del|della|dello|de\\s+la|de|do|da"
            + "|dos|das|του)\\s+)?|\\s+dell'|\\s+dell’");

    private DecadesOfCenturies() {
    }

    /** The mentions in text order, each decade of tens followed by its century joined with it. */
    static List<DateMention> join(String text, List<DateMention> mentions) {
        List<DateMention> joined = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            DateMention decade = mentions.get(i);
            DateMention century = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (century != null && ofItsCentury(text, decade, century)) {
                joined.add(new DateMention(text.substring(decade.start(), century.end()), decade.start(),
                        century.end(), century.value() + decade.value().charAt(2), Granularity.DECADE,
                        decade.modifier(), null, decade.inReferences()));
                i++;
            } else {
                joined.add(decade);
            }
        }
        return joined;
    }

    private static boolean ofItsCentury(String text, DateMention decade, DateMention century) {
        return decade.granularity() == Granularity.DECADE && decade.rangeEnd() == null
                && !CENTURY_WRITTEN.matcher(decade.text()).find()
                && century.granularity() == Granularity.CENTURY && century.rangeEnd() == null
                && century.modifier() == null && CENTURY_OF_OUR_ERA.matcher(century.value()).matches()
                && OF.matcher(text.substring(decade.end(), century.start())).matches();
    }
}
