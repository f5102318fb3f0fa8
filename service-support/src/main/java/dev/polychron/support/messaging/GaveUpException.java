package dev.polychron.support.messaging;

/** A message's effect kept failing; its message is the reason the dead-letter record and the document carry. */
public class GaveUpException extends RuntimeException {

    public GaveUpException(String service, String what, int attempts, Throwable last) {
        super(service + " gave up on " + what + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + rootMessage(last), last);
    }

    /** The innermost cause's message, which names the real problem (a constraint, a bad value), not a wrapper. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getName() : message.strip();
    }
}
