package dev.polychron.gateway.rest;

import dev.polychron.gateway.service.StreamedChange;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * One subscriber's Server-Sent Events connection. It writes each change's frame while the connection takes them,
 * holds them in order while its send buffer is full, and closes the connection of a subscriber that falls more than
 * {@code backlogLimit} bytes behind: that client resumes with {@code Last-Event-ID}, and a slow client can neither
 * hold the gateway's memory nor slow the others.
 */
final class StreamConnection implements Consumer<StreamedChange> {

    private final HttpServerResponse response;
    private final long backlogLimit;
    private final Deque<Buffer> backlog = new ArrayDeque<>();
    private long backlogBytes;
    private boolean closed;

    StreamConnection(HttpServerResponse response, long backlogLimit) {
        this.response = response;
        this.backlogLimit = backlogLimit;
        response.drainHandler(ignored -> drain());
    }

    @Override
    public synchronized void accept(StreamedChange change) {
        if (closed) {
            return;
        }
        if (backlog.isEmpty() && !response.writeQueueFull()) {
            response.write(change.frame());
            return;
        }
        backlog.addLast(change.frame());
        backlogBytes += change.frame().length();
        if (backlogBytes > backlogLimit) {
            close();
            response.close();
        }
    }

    /** Stops writing: the connection is gone or being closed. */
    synchronized void close() {
        closed = true;
        backlog.clear();
        backlogBytes = 0;
    }

    private synchronized void drain() {
        while (!closed && !backlog.isEmpty() && !response.writeQueueFull()) {
            Buffer frame = backlog.removeFirst();
            backlogBytes -= frame.length();
            response.write(frame);
        }
    }
}
