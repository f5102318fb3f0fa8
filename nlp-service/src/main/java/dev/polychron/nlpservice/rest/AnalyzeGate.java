package dev.polychron.nlpservice.rest;

import dev.polychron.support.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most one synchronous analysis per core run at once, so that callers of {@code POST /analyze} cannot take
 * every core from the document consumer; a caller that finds them all taken for a few seconds is told to come back.
 */
@ApplicationScoped
public class AnalyzeGate {

    private static final long WAIT_SECONDS = 5;
    private static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    public <T> T run(Supplier<T> analysis) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Busy with other analyses; try again later", RETRY_AFTER_SECONDS);
        }
        try {
            return analysis.get();
        } finally {
            permits.release();
        }
    }
}
