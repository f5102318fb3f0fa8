package dev.polychron.local;

import java.util.Arrays;
import java.util.List;

/**
 * JVM arguments that tag each child with its stack home and name, so a pid read from a file is only ever signalled
 * when its command line proves it is the process we started.
 */
final class ProcessMarker {

    private ProcessMarker() {
    }

    static List<String> jvmArguments(StackHome home, String name) {
        return List.of(homeArgument(home), nameArgument(name));
    }

    static boolean matches(ProcessHandle process, StackHome home, String name) {
        List<String> arguments = process.info().arguments().map(Arrays::asList).orElse(List.of());
        return process.isAlive() && arguments.contains(homeArgument(home)) && arguments.contains(nameArgument(name));
    }

    private static String homeArgument(StackHome home) {
        return "-Dpolychron.home=" + home.dir();
    }

    private static String nameArgument(String name) {
        return "-Dpolychron.process=" + name;
    }
}
