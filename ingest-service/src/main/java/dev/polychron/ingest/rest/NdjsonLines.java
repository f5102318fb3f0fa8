package dev.polychron.ingest.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The non-blank lines of an NDJSON body, each with its 1-based line number; a trailing CR is dropped. */
final class NdjsonLines {

    /** One line's bytes and where it stood in the body. */
    record Line(int number, byte[] bytes) {
    }

    private NdjsonLines() {
    }

    static List<Line> split(byte[] body) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!isBlank(body, start, end)) {
                    lines.add(new Line(number, Arrays.copyOfRange(body, start, end)));
                }
                start = i + 1;
                number++;
            }
        }
        return lines;
    }

    private static boolean isBlank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
