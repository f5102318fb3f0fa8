package dev.polychron.gateway.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polychron.events.Granularity;
import dev.polychron.events.TimelineEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A timeline in TimelineJS's JSON format: one slide per event, dated from its first to its last day, with the
 * summary as headline and every source sentence as text (HTML-escaped, since TimelineJS renders HTML).
 */
public final class TimelineJsExport {

    private static final int HEADLINE_LENGTH = 120;

    private TimelineJsExport() {
    }

    public static ObjectNode of(List<TimelineEvent> events, String title) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.putObject("title").putObject("text").put("headline", title);
        ArrayNode slides = document.putArray("events");
        for (TimelineEvent event : events) {
            ObjectNode slide = slides.addObject();
            slide.put("unique_id", event.id());
            date(slide.putObject("start_date"), event.date().from(), event.date().granularity());
            if (!event.date().to().equals(event.date().from())) {
                date(slide.putObject("end_date"), event.date().to(), event.date().granularity());
            }
            slide.put("display_date", event.date().value() + (event.date().rangeEnd() == null ? ""
                    : " – " + event.date().rangeEnd()));
            slide.putObject("text").put("headline", escape(headline(event.summary())))
                    .put("text", sources(event));
            if (!event.entities().isEmpty()) {
                slide.put("group", event.entities().get(0).name());
            }
        }
        return document;
    }

    /** TimelineJS takes year, month and day apart; an event coarser than a day is dated by its year or month. */
    private static void date(ObjectNode slot, LocalDate day, Granularity granularity) {
        slot.put("year", day.getYear());
        if (granularity.compareTo(Granularity.MONTH) <= 0) {
            slot.put("month", day.getMonthValue());
        }
        if (granularity.compareTo(Granularity.DAY) <= 0) {
            slot.put("day", day.getDayOfMonth());
        }
    }

    private static String headline(String summary) {
        return summary.length() <= HEADLINE_LENGTH ? summary
                : summary.substring(0, summary.lastIndexOf(' ', HEADLINE_LENGTH) > 0
                ? summary.lastIndexOf(' ', HEADLINE_LENGTH) : HEADLINE_LENGTH) + " …";
    }

    private static String sources(TimelineEvent event) {
        return event.sources().stream().map(s -> "<p><b>" + escape(s.language()) + "</b> "
                        + escape(s.title() == null ? s.documentId() : s.title()) + ": " + escape(s.sentence()) + "</p>")
                .collect(Collectors.joining());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
