package dev.polychron.ingest.messaging;

/** The broker did not acknowledge a document in time. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(Throwable cause) {
        super("The message broker did not acknowledge the document: " + cause, cause);
    }
}
