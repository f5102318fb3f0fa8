package dev.polychron.nlpservice.messaging;

/** A document kept failing; the message is the reason its dead-letter record and the document carry. */
public class GaveUpException extends RuntimeException {

    public GaveUpException(String what, int attempts, Throwable last) {
        super("nlp-service gave up on " + what + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + rootMessage(last), last);
    }

    /** The innermost cause's message, which names the real problem rather than a wrapper. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getName() : message.strip();
    }
}
