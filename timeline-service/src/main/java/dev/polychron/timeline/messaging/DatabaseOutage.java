package dev.polychron.timeline.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by the database being unreachable (worth waiting for) from one caused by the message. */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True when some cause is a lost or refused connection: SQLSTATE class 08 (connection exception), 57P (the
     * server is shutting down or starting), a recoverable or transient-connection {@link SQLException}, or a refused
     * socket.
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
