package dev.polychron.bench;

import dev.polychron.events.DateMention;
import dev.polychron.nlp.TextAnalyzer;
import dev.polychron.nlp.dates.DatePreference;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Calls the analyser so that no text can end a run: a throw or a hang becomes a failed {@link Outcome}. */
public final class GuardedAnalyzer implements AutoCloseable {

    /** What the guard calls: the dates of one text. */
    @FunctionalInterface
    public interface DateSource {
        List<DateMention> dates(String text, String languageTag, LocalDateTime reference, DatePreference preference);
    }

    private final Supplier<DateSource> factory;
    private final Duration timeout;
    private DateSource analyzer;
    private ExecutorService worker;

    /** Guards the dates of one {@link TextAnalyzer}, built once and again only after a hang. */
    public static GuardedAnalyzer ofTextAnalyzer(Duration timeout) {
        return new GuardedAnalyzer(() -> {
            TextAnalyzer analyzer = new TextAnalyzer();
            return (text, languageTag, reference, preference) -> analyzer.analyze(text, languageTag, reference,
                    preference).dates();
        }, timeout);
    }

    public GuardedAnalyzer(Supplier<DateSource> factory, Duration timeout) {
        this.factory = factory;
        this.timeout = timeout;
        this.analyzer = factory.get();
        this.worker = newWorker();
    }

    /** The dates the analyser finds, or the class of what went wrong. */
    public Outcome dates(String text, String languageTag, LocalDateTime reference, DatePreference preference) {
        long started = System.nanoTime();
        DateSource current = analyzer;
        Future<List<DateMention>> call = worker.submit(() -> current.dates(text, languageTag, reference, preference));
        try {
            return new Outcome(call.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null, System.nanoTime() - started);
        } catch (ExecutionException thrown) {
            return Outcome.failed(thrown.getCause(), System.nanoTime() - started);
        } catch (TimeoutException hung) {
            abandon(call);
            return Outcome.failed(hung, System.nanoTime() - started);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.failed(interrupted, System.nanoTime() - started);
        }
    }

    /**
     * A hung call may never answer an interrupt, so its thread is left to die with the JVM, and the analyser it still
     * holds is replaced because nothing says the analyser may be shared between threads.
     */
    private void abandon(Future<?> call) {
        call.cancel(true);
        worker.shutdownNow();
        worker = newWorker();
        analyzer = factory.get();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "analyzer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
