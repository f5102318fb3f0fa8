package dev.polychron.bench;

import dev.polychron.events.DateMention;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The peers' conventions, as in shared/peers/README.md: their ISO forms, language tags and reference times. */
public final class PeerValues {

    /** Handed to the analyser when a case has no reference time, which the peers give only when the text fixes it. */
    public static final LocalDateTime REFERENCE_WHEN_NONE = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private PeerValues() {
    }

    /** A TIMEX3 value in the peers' ISO form: a week becomes its Monday, a quarter its first month. */
    public static String toPeerIso(String timex) {
        if (timex == null) {
            return null;
        }
        Matcher week = WEEK.matcher(timex);
        if (week.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toString();
            } catch (DateTimeException noSuchWeek) {
                return timex;
            }
        }
        Matcher quarter = QUARTER.matcher(timex);
        if (quarter.matches()) {
            int firstMonth = 3 * Integer.parseInt(quarter.group(2)) - 2;
            return String.format(Locale.ROOT, "%s-%02d", quarter.group(1), firstMonth);
        }
        return timex;
    }

    /** The BCP 47 tag of a case: its locale ({@code en_GB} becomes {@code en-GB}) when it has one, else its lang. */
    public static String languageTag(String locale, String lang) {
        String code = locale != null ? locale : lang;
        if (code == null) {
            return null;
        }
        // Recognizers writes "en-*" and "ar-*" for "any region": a wildcard is no subtag, so only the language is left
        String tag = Locale.forLanguageTag(code.replace('_', '-').replace("-*", "")).toLanguageTag();
        return "und".equals(tag) ? null : tag;
    }

    /** The local date-time part of a peer's reference time, written with or without an offset. */
    public static LocalDateTime reference(String ref) {
        if (ref == null) {
            return REFERENCE_WHEN_NONE;
        }
        try {
            return OffsetDateTime.parse(ref).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(ref);
        }
    }

    /** The longest mention, the first of equals; empty when there is none. */
    public static Optional<DateMention> longest(List<DateMention> mentions) {
        return mentions.stream().max(Comparator.comparingInt((DateMention m) -> m.end() - m.start())
                .thenComparing(Comparator.comparingInt(DateMention::start).reversed()));
    }
}
