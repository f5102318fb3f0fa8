package dev.polychron.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command lines of child JVMs: the launcher's own java binary, a new session, and the process marker. */
final class JavaCommand {

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private JavaCommand() {
    }

    /** The java binary that runs this JVM, so children use the same JDK the user started us with. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * {@code java <marker> <jvmOptions> <arguments>}, in a session of its own where the system has setsid: a Ctrl-C in
     * the terminal then reaches only the supervisor, which stops the children in order instead of all at once.
     */
    static List<String> of(StackHome home, String name, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> command.add(setsid.toString()));
        command.add(javaBinary());
        command.addAll(ProcessMarker.jvmArguments(home, name));
        command.addAll(jvmOptions);
        command.addAll(arguments);
        return command;
    }
}
