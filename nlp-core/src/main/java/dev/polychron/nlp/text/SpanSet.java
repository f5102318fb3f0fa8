package dev.polychron.nlp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set of spans answering "is this offset inside?" and "does this span overlap?" in logarithmic time. */
public final class SpanSet {

    private final int[] starts;
    private final int[] ends;

    private SpanSet(List<Span> merged) {
        starts = merged.stream().mapToInt(Span::start).toArray();
        ends = merged.stream().mapToInt(Span::end).toArray();
    }

    public static SpanSet of(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return new SpanSet(merged);
    }

    public boolean contains(int offset) {
        int i = lastStartingAtOrBefore(offset);
        return i >= 0 && offset < ends[i];
    }

    public boolean overlaps(int start, int end) {
        int i = lastStartingAtOrBefore(end - 1);
        return i >= 0 && ends[i] > start;
    }

    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
