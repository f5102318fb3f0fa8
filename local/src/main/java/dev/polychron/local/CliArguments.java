package dev.polychron.local;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The parsed command line of {@code polychron up [--no-samples] [--port N] [--timeout S] | down | status | restart
 * <name> [--timeout S]}.
 */
record CliArguments(Command command, Optional<String> target, boolean noSamples, OptionalInt gatewayPort,
        Duration readyTimeout) {

    /** What the CLI was asked to do. */
    enum Command {
        UP, DOWN, STATUS, RESTART
    }

    static List<String> processNames() {
        return Stream.concat(Stream.of(Service.values()).map(Service::id), Stream.of(Stack.KAFKA, Stack.POSTGRES))
                .toList();
    }

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    static CliArguments parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("missing command");
        }
        Command command = switch (args[0]) {
            case "up" -> Command.UP;
            case "down" -> Command.DOWN;
            case "status" -> Command.STATUS;
            case "restart" -> Command.RESTART;
            default -> throw new IllegalArgumentException("unknown command: " + args[0]);
        };
        Optional<String> target = Optional.empty();
        boolean noSamples = false;
        OptionalInt port = OptionalInt.empty();
        Duration timeout = StackOptions.DEFAULT_READY_TIMEOUT;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (command == Command.UP && arg.equals("--no-samples")) {
                noSamples = true;
            } else if (command == Command.UP && arg.equals("--port")) {
                port = OptionalInt.of(parsePort(valueAfter(args, i++)));
            } else if (command == Command.UP && arg.startsWith("--port=")) {
                port = OptionalInt.of(parsePort(arg.substring("--port=".length())));
            } else if ((command == Command.UP || command == Command.RESTART) && arg.equals("--timeout")) {
                timeout = parseSeconds(valueAfter(args, i++));
            } else if (command == Command.RESTART && target.isEmpty() && !arg.startsWith("-")) {
                target = Optional.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument for " + args[0] + ": " + arg);
            }
        }
        if (command == Command.RESTART) {
            String name = target.orElseThrow(() -> new IllegalArgumentException("restart needs a process name, one of "
                    + processNames()));
            if (!processNames().contains(name)) {
                throw new IllegalArgumentException("unknown process " + name + "; one of " + processNames());
            }
        }
        return new CliArguments(command, target, noSamples, port, timeout);
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException(args[index] + " needs a value");
        }
        return args[index + 1];
    }

    private static int parsePort(String value) {
        int port = parseNumber(value, "port");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + value);
        }
        return port;
    }

    private static Duration parseSeconds(String value) {
        int seconds = parseNumber(value, "timeout");
        if (seconds < 1) {
            throw new IllegalArgumentException("the timeout must be at least one second: " + value);
        }
        return Duration.ofSeconds(seconds);
    }

    private static int parseNumber(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a " + what + ": " + value);
        }
    }
}
