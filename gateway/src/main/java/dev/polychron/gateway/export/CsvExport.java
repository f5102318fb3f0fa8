package dev.polychron.gateway.export;

import dev.polychron.events.TimelineEvent;

import java.util.List;
import java.util.stream.Collectors;

/** A timeline as CSV (RFC 4180): one row per event, with its date, summary, entities and sources. */
public final class CsvExport {

    static final String HEADER = "id,value,granularity,modifier,range_end,from,to,summary,entities,languages,"
            + "sources,document_ids";

    private CsvExport() {
    }

    public static String of(List<TimelineEvent> events) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TimelineEvent event : events) {
            List<String> cells = List.of(event.id(), event.date().value(), String.valueOf(event.date().granularity()),
                    event.date().modifier() == null ? "" : event.date().modifier().name(),
                    nullToEmpty(event.date().rangeEnd()), String.valueOf(event.date().from()),
                    String.valueOf(event.date().to()), event.summary(),
                    event.entities().stream().map(TimelineEvent.EntityRef::name).collect(Collectors.joining("; ")),
                    String.join(" ", event.languages()),
                    Integer.toString(event.sourceCount()),
                    event.sources().stream().map(TimelineEvent.EventSource::documentId).distinct()
                            .collect(Collectors.joining(" ")));
            csv.append(cells.stream().map(CsvExport::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quoted when it holds a comma, quote or line break; a cell that a spreadsheet would run as a formula (starting
     * with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, the usual guard against CSV injection.
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d[\\d-]*")) {
            text = "'" + text;
        }
        if (text.matches("(?s).*[\",\r\n].*")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
