package dev.polychron.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The {@code ./polychron} command: runs the stack in the foreground, or stops, inspects or restarts a running one. */
public final class Polychron {

    private Polychron() {
    }

    public static void main(String[] args) {
        Instant launched = Instant.now();
        System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("polychron: " + e.getMessage() + " (see ./polychron --help)");
            System.exit(2);
            return;
        }
        ConsoleLogging.install(System.out);
        Path root = Path.of(System.getProperty("polychron.root", ".")).toAbsolutePath().normalize();
        Path home = Optional.ofNullable(System.getenv("POLYCHRON_HOME")).filter(value -> !value.isBlank())
                .map(Path::of).orElse(root.resolve(".polychron"));
        int exitCode;
        try {
            exitCode = run(arguments, root, new StackHome(home), launched, System.out);
        } catch (IOException | RuntimeException e) {
            System.err.println("polychron: " + e.getMessage());
            exitCode = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = 130;
        }
        System.exit(exitCode);
    }

    private static int run(CliArguments arguments, Path root, StackHome home, Instant launched, PrintStream out)
            throws IOException, InterruptedException {
        RemoteControl remote = new RemoteControl(home, out);
        return switch (arguments.command()) {
            case UP -> up(arguments, root, home, launched, out);
            case DOWN -> remote.down();
            case STATUS -> remote.status();
            case RESTART -> remote.restart(arguments.target().orElseThrow(), arguments.readyTimeout());
        };
    }

    private static int up(CliArguments arguments, Path root, StackHome home, Instant launched, PrintStream out)
            throws InterruptedException {
        StackOptions options = StackOptions.forCli(root, home.dir())
                .withSamples(!arguments.noSamples())
                .withReadyTimeout(arguments.readyTimeout());
        if (arguments.gatewayPort().isPresent()) {
            options = options.withGatewayPort(arguments.gatewayPort().getAsInt());
        }
        String keyFromEnvironment = System.getenv("POLYCHRON_API_KEY");
        if (keyFromEnvironment != null && !keyFromEnvironment.isBlank()) {
            options = options.withApiKey(keyFromEnvironment);
        }
        try (Stack stack = Stack.start(options)) {
            out.println();
            out.println("API:        " + stack.gatewayUrl() + "/api");
            out.println("Swagger UI: " + stack.gatewayUrl() + "/q/swagger-ui");
            out.println("API key:    " + stack.apiKey() + "   (send it as X-API-Key; "
                    + (keyFromEnvironment == null || keyFromEnvironment.isBlank()
                            ? "stored in " + home.apiKeyFile() : "from $POLYCHRON_API_KEY") + ")");
            out.printf("Ready in %.1f s. Logs in %s. Stop with Ctrl-C or ./polychron down.%n",
                    Duration.between(launched, Instant.now()).toMillis() / 1000.0, home.logs());
            stack.awaitClosed();
        }
        return 0;
    }
}
