package dev.polychron.timeline.repository;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** An advisory lock held by a transaction of the test's own, as another replica's merge or deletion would hold it. */
final class HeldLock {

    private HeldLock() {
    }

    /** A connection in a transaction that holds the lock; closing it (or rolling back) lets the lock go. */
    static Connection take(AgroalDataSource database, AdvisoryLock lock) throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?, 0)")) {
            statement.setInt(1, lock.key());
            statement.execute();
        }
        return connection;
    }
}
