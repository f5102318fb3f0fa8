package dev.polychron.bench;

import dev.polychron.events.DateMention;

import java.util.List;

/**
 * What one guarded call of the analyser gave.
 *
 * @param error the class of the exception it threw, or of the timeout; null when it returned
 */
public record Outcome(List<DateMention> dates, String error, long nanos) {

    public Outcome {
        dates = List.copyOf(dates);
    }

    public static Outcome failed(Throwable error, long nanos) {
        return new Outcome(List.of(), error.getClass().getName(), nanos);
    }

    public boolean failed() {
        return error != null;
    }

    public double millis() {
        return nanos / 1e6;
    }
}
