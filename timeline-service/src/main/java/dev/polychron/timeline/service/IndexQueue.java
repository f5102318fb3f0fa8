package dev.polychron.timeline.service;

import java.util.List;

/** Analysed documents waiting to be merged into the timeline. */
public interface IndexQueue {

    /** Up to {@code limit} waiting documents, the longest waiting first. */
    List<String> pending(int limit);

    /** Indexes those of the documents that still wait and that no one else is indexing; answers how many. */
    int index(List<String> documentIds);

    /** The number of the newest request in the queue (numbers only grow), 0 when none waits. */
    long newestRequest();

    /**
     * Takes a document that cannot be indexed out of the queue, FAILED with the reason. Only its requests up to
     * {@code upToRequest} (the newest when the failing attempts began) go: a newer one, such as a reprocessing that
     * came meanwhile, stays and gets attempts of its own.
     */
    void fail(String documentId, String reason, long upToRequest);
}
