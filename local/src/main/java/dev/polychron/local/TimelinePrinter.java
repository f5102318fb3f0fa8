package dev.polychron.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.Set;

/** Renders the gateway's timeline JSON as text: one block per event with its date, summary and sources. */
final class TimelinePrinter {

    private static final int SUMMARY_WIDTH = 100;
    private static final int TITLE_WIDTH = 80;
    private static final String INDENT = " ".repeat(14);

    private TimelinePrinter() {
    }

    static String format(JsonNode timeline) {
        JsonNode events = timeline.path("events");
        StringBuilder text = new StringBuilder("Timeline: ").append(events.size())
                .append(events.size() == 1 ? " event" : " events").append('\n');
        for (JsonNode event : events) {
            text.append(String.format("  %-12s%s%n", event.path("date").path("value").asText("?"),
                    abbreviate(event.path("summary").asText(""), SUMMARY_WIDTH)));
            Set<String> sources = new LinkedHashSet<>();
            for (JsonNode source : event.path("sources")) {
                String title = source.path("title").asText(source.path("documentId").asText(""));
                sources.add("[" + source.path("language").asText("?") + "] " + abbreviate(title, TITLE_WIDTH));
            }
            sources.forEach(source -> text.append(INDENT).append(source).append('\n'));
        }
        return text.toString();
    }

    static String abbreviate(String text, int width) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }
}
