package dev.polychron.timeline.service;

import java.util.List;

/** Analysed documents waiting to be merged into the timeline. */
public interface IndexQueue {

    /** Up to {@code limit} waiting documents, the longest waiting first. */
    List<String> pending(int limit);

    /** Indexes those of the documents that still wait and that no one else is indexing; answers how many. */
    int index(List<String> documentIds);

    /** Takes a document that cannot be indexed out of the queue, FAILED with the reason. */
    void fail(String documentId, String reason);
}
