package dev.polychron.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the supervisor runs one Quarkus service: its fast-jar on the launcher's JDK, or its unpacked image. */
final class ServiceProcess {

    private ServiceProcess() {
    }

    static ProcessSpec spec(Service service, Path root, StackHome home, List<String> jvmOptions,
            Optional<Path> images, Map<String, String> environment, int port) {
        if (images.isPresent()) {
            return fromImage(service, UnpackedImage.read(images.get().resolve(service.id())), home, jvmOptions,
                    environment, port);
        }
        Path jar = service.jar(root);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + "; build it with ./mvnw install -DskipTests");
        }
        return new ProcessSpec(service.id(), ProcessRole.SERVICE,
                JavaCommand.of(home, service.id(), jvmOptions, List.of("-jar", jar.toString())),
                environment, home.dir(), Probes.quarkus(port));
    }

    private static ProcessSpec fromImage(Service service, UnpackedImage image, StackHome home,
            List<String> jvmOptions, Map<String, String> environment, int port) {
        List<String> options = new ArrayList<>(ProcessMarker.jvmArguments(home, service.id()));
        options.addAll(jvmOptions);
        Map<String, String> imageThenStack = new LinkedHashMap<>(image.environment());
        imageThenStack.putAll(environment);
        return new ProcessSpec(service.id(), ProcessRole.SERVICE, image.command(options), imageThenStack,
                home.dir(), Probes.quarkus(port));
    }
}
