package dev.polychron.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How the supervisor runs one Quarkus service: its fast-jar on the launcher's JDK. */
final class ServiceProcess {

    private ServiceProcess() {
    }

    static ProcessSpec spec(Service service, Path root, StackHome home, List<String> jvmOptions,
            Map<String, String> environment, int port) {
        Path jar = service.jar(root);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + "; build it with ./mvnw install -DskipTests");
        }
        return new ProcessSpec(service.id(), ProcessRole.SERVICE,
                JavaCommand.of(home, service.id(), jvmOptions, List.of("-jar", jar.toString())),
                environment, home.dir(), Probes.quarkus(port));
    }
}
