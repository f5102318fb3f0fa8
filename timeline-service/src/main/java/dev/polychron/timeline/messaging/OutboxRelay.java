package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.GaveUpException;
import dev.polychron.timeline.config.OutboxConfig;
import dev.polychron.timeline.service.TimelineChanged;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * One thread that publishes the outbox as soon as a transaction here commits timeline changes, and every poll
 * interval for those another replica committed: on a fixed schedule alone, each change waited up to that interval
 * before its subscribers could see it.
 */
@ApplicationScoped
public class OutboxRelay {

    private final Callable<Boolean> publishPending;
    private final Duration pollInterval;
    private final Duration startDelay;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private volatile boolean stopping;
    private Thread thread;

    @Inject
    public OutboxRelay(OutboxPublisher publisher, OutboxConfig config) {
        this(publisher::publishPending, config.pollInterval(), config.startDelay());
    }

    /** @param publishPending publishes a batch and answers whether more may be waiting right now */
    OutboxRelay(Callable<Boolean> publishPending, Duration pollInterval, Duration startDelay) {
        this.publishPending = publishPending;
        this.pollInterval = pollInterval;
        this.startDelay = startDelay;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Unpublished entries stay in the outbox for the next start. A round under way finishes first: interrupted after
     * its records went out, it would roll back their numbers and publish them again at the next start.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUps.offer(Boolean.TRUE);
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimelineChanged changed) {
        wakeUps.offer(Boolean.TRUE);
    }

    private void run() {
        try {
            Thread.sleep(startDelay.toMillis());
            while (!stopping) {
                if (!publishOnce()) {
                    wakeUps.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round; after a failure it waits the poll interval whatever commits meanwhile, so as not to retry on each. */
    private boolean publishOnce() throws InterruptedException {
        try {
            return publishPending.call();
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            // an Error too: this thread is the only relay, and nothing would be published until a restart
            Log.warnf("Publishing timeline changes failed (%s); trying again in %d ms", GaveUpException.rootMessage(e),
                    pollInterval.toMillis());
            Thread.sleep(pollInterval.toMillis());
            return false;
        }
    }
}
