package dev.polychron.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything the supervisor needs to (re)start one child process and to tell when it is ready. */
record ProcessSpec(
        String name,
        ProcessRole role,
        List<String> command,
        Map<String, String> environment,
        Path workingDirectory,
        Readiness readiness) {

    ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
