package dev.polychron.timeline.messaging;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void shouldBeOutageWhenConnectionStateIsNestedInWrapper() {
        var failure = new IllegalStateException("JDBC exception",
                new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThat(DatabaseOutage.isOutage(failure)).isTrue();
    }

    @Test
    void shouldBeOutageWhenServerIsShuttingDown() {
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void shouldBeOutageWhenConnectionIsRefusedOrTransient() {
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new ConnectException("refused")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("pool"))).isTrue();
    }

    @Test
    void shouldNotBeOutageWhenMessageBreaksConstraint() {
        var failure = new IllegalStateException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(DatabaseOutage.isOutage(failure)).isFalse();
        assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
    }
}
