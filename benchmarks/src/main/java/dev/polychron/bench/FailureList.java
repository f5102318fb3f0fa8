package dev.polychron.bench;

import dev.polychron.events.DateMention;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Writes every failed case and every missed running-text date as one tab-separated line. */
final class FailureList {

    private static final String HEADER = "suite\tid\tlang\ttext\texpected\tgot\terror\tmillis";

    private FailureList() {
    }

    static void write(PeerRun run, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println(HEADER);
            run.cases().stream().filter(r -> !r.passed()).forEach(r -> out.println(line(r)));
            run.documents().forEach(d -> d.document().expected().stream().filter(e -> !d.valueFound(e))
                    .forEach(e -> out.println(line(d, e))));
        }
    }

    private static String line(CaseResult result) {
        PeerCase c = result.peerCase();
        List<DateMention> dates = result.outcome().dates();
        String got = c.suite().scoring() == Suite.Scoring.NO_MENTION
                ? describe(dates)
                : PeerValues.longest(dates).map(FailureList::describe).orElse("no date");
        return row(c.suite().name(), c.id(), c.lang(), c.text(), c.expected(), got, result.outcome());
    }

    private static String line(DocumentResult result, ExpectedMention expected) {
        DocumentCase d = result.document();
        List<DateMention> overlapping = result.outcome().dates().stream().filter(expected::overlaps).toList();
        String expectedText = expected.readings().stream().map(Expectation::toString)
                .collect(Collectors.joining(" or "));
        return row(d.suite().name(), d.id() + "@" + expected.start(), d.lang(), expected.text(), expectedText,
                overlapping.isEmpty() ? "no date here" : describe(overlapping), result.outcome());
    }

    private static String describe(List<DateMention> dates) {
        return dates.isEmpty() ? "no date" : dates.stream().map(FailureList::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(DateMention date) {
        String value = date.rangeEnd() == null ? date.value() : date.value() + "/" + date.rangeEnd();
        String grain = date.granularity() == null ? "" : " " + date.granularity().json();
        return "\"" + date.text() + "\" " + value + grain;
    }

    private static String row(String suite, String id, String lang, String text, String expected, String got,
                              Outcome outcome) {
        return String.join("\t", suite, id, Objects.requireNonNullElse(lang, ""), clean(text), clean(expected),
                clean(got), Objects.requireNonNullElse(outcome.error(), ""),
                String.format(Locale.ROOT, "%.1f", outcome.millis()));
    }

    /** Tabs and line breaks inside a field would break the line into columns or rows. */
    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
