package dev.polychron.gateway.rest;

import dev.polychron.gateway.service.StreamedChange;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One subscriber's Server-Sent Events connection. Each offer of changes is one write of their frames. While the
 * connection's send buffer is full they wait, and a subscriber that falls more than {@code backlogLimit} bytes behind
 * is disconnected: its client resumes with {@code Last-Event-ID}, and a slow client can neither hold the gateway's
 * memory nor slow the others.
 */
final class StreamConnection implements Consumer<List<StreamedChange>> {

    private final HttpServerResponse response;
    private final long backlogLimit;
    private final List<Buffer> waiting = new ArrayList<>();
    private long waitingBytes;
    private boolean offered;
    private boolean closed;

    StreamConnection(HttpServerResponse response, long backlogLimit) {
        this.response = response;
        this.backlogLimit = backlogLimit;
        response.drainHandler(ignored -> write());
    }

    @Override
    public synchronized void accept(List<StreamedChange> changes) {
        if (closed) {
            return;
        }
        for (StreamedChange change : changes) {
            waiting.add(change.frame());
            waitingBytes += change.frame().length();
        }
        if (!offered) {
            // the first offer is what the client missed (a resuming client's whole replay; see TimelineStream): it is
            // no lag, even when the connection cannot take it yet (an HTTP/2 stream may not be writable at first)
            offered = true;
            if (!waiting.isEmpty()) {
                flush();
            }
            return;
        }
        // written first: what a connection that takes it gets in one offer is no lag either
        write();
        if (waitingBytes > backlogLimit) {
            close();
            response.close();
        }
    }

    /** Stops writing: the connection is gone or being closed. */
    synchronized void close() {
        closed = true;
        waiting.clear();
        waitingBytes = 0;
    }

    private synchronized void write() {
        if (!closed && !waiting.isEmpty() && !response.writeQueueFull()) {
            flush();
        }
    }

    private void flush() {
        // the frames' own bytes, gathered without copying
        ByteBuf frames = Unpooled.wrappedBuffer(waiting.stream().map(Buffer::getByteBuf).toArray(ByteBuf[]::new));
        waiting.clear();
        waitingBytes = 0;
        response.write(Buffer.buffer(frames));
    }
}
