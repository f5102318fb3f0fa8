package dev.polychron.nlpservice.config;

import dev.polychron.nlp.TextAnalyzer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;

/** Makes the one {@link TextAnalyzer} of the service, loading its models and CLDR tables at start, not per call. */
public class TextAnalyzerProducer {

    @Produces
    @Singleton
    @Startup
    TextAnalyzer textAnalyzer() {
        long started = System.nanoTime();
        TextAnalyzer analyzer = new TextAnalyzer();
        analyzer.analyze("Warm-up: NATO met Russia on 1 April 2014.", null, LocalDateTime.now());
        Log.infof("nlp-core ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        return analyzer;
    }
}
