package dev.polychron.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Business settings of ingest-service. */
@ConfigMapping(prefix = "polychron.ingest")
public interface IngestConfig {

    /** The largest accepted document body, in bytes. */
    @WithDefault("5242880")
    int maxDocumentBytes();

    /** The longest accepted title, in characters. */
    @WithDefault("1000")
    int maxTitleLength();

    /** How long an upload waits for the broker to acknowledge the document before answering 503. */
    @WithDefault("15s")
    Duration publishTimeout();

    /** The largest accepted NDJSON bulk body, in bytes. */
    @WithDefault("33554432")
    int maxBulkBytes();

    /** The most documents (non-blank lines) one NDJSON bulk body may hold. */
    @WithDefault("10000")
    int maxBulkLines();

    /** How many documents of a bulk upload are handed to the producer before their acks are awaited. */
    @WithDefault("256")
    int bulkWindow();
}
