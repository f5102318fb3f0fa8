package dev.polychron.timeline.service;

import java.util.regex.Pattern;

/** An event summary is its source sentence without citation marks. */
final class Summaries {

    private static final Pattern CITATION = Pattern.compile("\\s*\\[(\\d+|[a-z]|note \\d+|cần dẫn nguồn|citation needed)]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Summaries() {
    }

    static String of(String sentence) {
        return SPACES.matcher(CITATION.matcher(sentence).replaceAll("")).replaceAll(" ").strip();
    }
}
