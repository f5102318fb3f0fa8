package dev.polychron.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container image unpacked by {@code umoci unpack}: its root filesystem and the OCI runtime {@code config.json}
 * that says how to run it. With no container engine on the machine, the process runs chrooted into the root
 * filesystem, with its own /proc, as the image's user, in its working directory, with its environment.
 *
 * @param rootfs the image's root filesystem
 * @param arguments the image's entrypoint and command, {@code java ... -jar quarkus-run.jar} for our services
 * @param workingDirectory inside the image
 * @param user {@code uid:gid}
 * @param environment the image's environment variables
 */
record UnpackedImage(Path rootfs, List<String> arguments, String workingDirectory, String user,
        Map<String, String> environment) {

    UnpackedImage {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    static UnpackedImage read(Path bundle) {
        Path config = bundle.resolve("config.json");
        if (!Files.isRegularFile(config) || !Files.isDirectory(bundle.resolve("rootfs"))) {
            throw new IllegalStateException("no unpacked image in " + bundle + "; run deploy/images/build-images");
        }
        try {
            JsonNode process = new ObjectMapper().readTree(config.toFile()).path("process");
            List<String> arguments = new ArrayList<>();
            process.path("args").forEach(argument -> arguments.add(argument.asText()));
            Map<String, String> environment = new LinkedHashMap<>();
            process.path("env").forEach(variable -> {
                String[] nameAndValue = variable.asText().split("=", 2);
                environment.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            });
            JsonNode user = process.path("user");
            return new UnpackedImage(bundle.resolve("rootfs").toAbsolutePath(), arguments,
                    process.path("cwd").asText("/"), user.path("uid").asInt() + ":" + user.path("gid").asInt(),
                    environment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config, e);
        }
    }

    /**
     * The command that runs the image's {@code java} entrypoint with {@code jvmOptions} added after {@code java}.
     * {@code unshare} gives the process a mount namespace of its own for its /proc and then execs, like chroot and
     * env after it, so the pid the supervisor holds is the JVM's and a SIGTERM reaches Quarkus directly.
     */
    List<String> command(List<String> jvmOptions) {
        if (arguments.isEmpty() || !arguments.get(0).equals("java")) {
            throw new IllegalStateException("the image in " + rootfs.getParent() + " does not start java: " + arguments);
        }
        List<String> command = new ArrayList<>(List.of("unshare", "--mount-proc=" + rootfs.resolve("proc"),
                "chroot", "--userspec=" + user, rootfs.toString(), "env", "-C", workingDirectory, "java"));
        command.addAll(jvmOptions);
        command.addAll(arguments.subList(1, arguments.size()));
        return command;
    }
}
