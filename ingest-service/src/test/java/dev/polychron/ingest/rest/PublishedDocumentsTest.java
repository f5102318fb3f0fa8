package dev.polychron.ingest.rest;

import dev.polychron.events.DocumentIngested;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** What the upload tests share: the documents.raw channel, in memory and emptied before each test. */
abstract class PublishedDocumentsTest {

    @Inject
    @Any
    InMemoryConnector connector;

    InMemorySink<DocumentIngested> sink;

    @BeforeEach
    void clearSink() {
        sink = connector.sink("documents-raw");
        sink.clear();
    }
}
