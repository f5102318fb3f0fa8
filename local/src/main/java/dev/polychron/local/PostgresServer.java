package dev.polychron.local;

import java.util.List;
import java.util.Map;

/** The embedded PostgreSQL server as the supervisor runs it: {@link PostgresMain} in a JVM of its own. */
final class PostgresServer {

    static final String DATABASE = "polychron";
    static final String USER = "postgres";
    /** The server trusts local connections; the services still need some password to send. */
    static final String PASSWORD = "postgres";

    // the first start on a machine unpacks the PostgreSQL binaries (xz), which needs far more heap than the watching
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final StackHome home;
    private final int port;

    PostgresServer(StackHome home, int port) {
        this.home = home;
        this.port = port;
    }

    static Database databaseAt(int port) {
        return new Database("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, USER, PASSWORD);
    }

    /** The launcher's own classpath holds the embedded server and its binaries, in the CLI and in tests alike. */
    ProcessSpec spec() {
        List<String> arguments = List.of("-cp", System.getProperty("java.class.path"), PostgresMain.class.getName(),
                home.postgresDataDir().toString(), Integer.toString(port));
        return new ProcessSpec(Stack.POSTGRES, ProcessRole.INFRASTRUCTURE,
                JavaCommand.of(home, Stack.POSTGRES, JVM_OPTIONS, arguments), Map.of(), home.dir(),
                Probes.embeddedPostgres(home, port));
    }
}
