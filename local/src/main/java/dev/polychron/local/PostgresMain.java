package dev.polychron.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.lang3.SystemUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of the child JVM that runs PostgreSQL on a persistent data directory: {@code PostgresMain <dataDir>
 * <port>}. It stops the server on SIGTERM and exits when the server dies, so the supervisor sees either.
 */
public final class PostgresMain {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_GRACE = Duration.ofSeconds(15);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PostgresMain <dataDir> <port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[1]);

        Postmaster.stopOrphan(dataDir, ORPHAN_GRACE);
        EmbeddedPostgres postgres = start(dataDir, port);
        ProcessHandle server = Postmaster.running(dataDir)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server found for " + dataDir));
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            stop(postgres);
            // pg_ctl returns once the pid file is gone, a moment before the server process is
            ProcessExit.killAfter(server, STOP_GRACE, "PostgreSQL server");
        }, "postgres-stop"));

        createDatabaseIfMissing(postgres.getPostgresDatabase(), PostgresServer.DATABASE);
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", database " + PostgresServer.DATABASE);

        server.onExit().join();
        if (!stopping.get()) {
            System.err.println("PostgreSQL server " + server.pid() + " exited unexpectedly");
            System.exit(1);
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "''")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT);
        if (SystemUtils.IS_OS_LINUX) {
            // a UTF-8 ctype makes lower() and ILIKE work beyond ASCII, for the Greek and Vietnamese articles
            builder.setLocaleConfig("locale", "C.UTF-8");
        }
        return builder.start();
    }

    private static void createDatabaseIfMissing(DataSource admin, String name) throws SQLException {
        try (Connection connection = admin.getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            e.printStackTrace();
        }
    }
}
