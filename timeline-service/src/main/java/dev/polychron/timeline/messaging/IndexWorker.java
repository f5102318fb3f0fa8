package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.GaveUpException;
import dev.polychron.timeline.config.IndexConfig;
import dev.polychron.timeline.service.DocumentAnalysed;
import dev.polychron.timeline.service.IndexQueue;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread that indexes the analysed documents in batches, so the consumers only store analyses and a burst of
 * uploads is merged in a few large transactions. A batch that keeps failing is indexed one document at a time, and a
 * document that keeps failing alone is FAILED; while the database is unreachable it waits (see {@link DeliveryRetry}).
 */
@ApplicationScoped
public class IndexWorker {

    private final IndexQueue queue;
    private final DeliveryRetry retry;
    private final int batchSize;
    private final Duration pollInterval;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private volatile boolean stopping;
    private Thread thread;

    @Inject
    public IndexWorker(IndexQueue queue, DeliveryRetry retry, IndexConfig config) {
        this(queue, retry, config.batchSize(), config.pollInterval());
    }

    IndexWorker(IndexQueue queue, DeliveryRetry retry, int batchSize, Duration pollInterval) {
        this.queue = queue;
        this.retry = retry;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "index-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** Documents left waiting stay in the queue for the next start. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentAnalysed analysed) {
        wakeUps.offer(Boolean.TRUE);
    }

    private void run() {
        while (!stopping) {
            try {
                if (!indexOnce()) {
                    wakeUps.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                Log.warnf("Indexing stalled (%s); trying again in %d ms", GaveUpException.rootMessage(e),
                        pollInterval.toMillis());
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Indexes one batch of the waiting documents; answers whether more may be waiting right now. */
    boolean indexOnce() {
        List<String> ids = queue.pending(batchSize);
        if (ids.isEmpty()) {
            return false;
        }
        int[] indexed = new int[1];
        long upToRequest = queue.newestRequest();
        try {
            retry.apply("indexing " + ids.size() + " documents", () -> indexed[0] = queue.index(ids));
        } catch (GaveUpException batchFailed) {
            if (stopping) {
                return false; // the stop interrupted the pause between attempts: no verdict on the documents
            }
            if (ids.size() == 1) {
                queue.fail(ids.get(0), batchFailed.getMessage(), upToRequest);
            } else {
                ids.forEach(this::indexAlone);
            }
            return true;
        }
        // nothing indexed: another replica holds them all, and this one waits for it
        return indexed[0] > 0 && ids.size() == batchSize;
    }

    private void indexAlone(String documentId) {
        long upToRequest = queue.newestRequest();
        try {
            retry.apply("indexing document " + documentId, () -> queue.index(List.of(documentId)));
        } catch (GaveUpException failed) {
            if (!stopping) {
                queue.fail(documentId, failed.getMessage(), upToRequest);
            }
        }
    }
}
