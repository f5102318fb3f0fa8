package dev.polychron.bench.load;

import dev.polychron.local.Service;
import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded default as the system tests start it (real Kafka and PostgreSQL, the four packaged services, free
 * ports, a fresh home), optionally with a JFR recording in every service JVM.
 */
final class RunningStack implements AutoCloseable {

    private final Stack stack;
    private final Path home;

    private RunningStack(Stack stack, Path home) {
        this.stack = stack;
        this.home = home;
    }

    /** With {@code jfr}, every service writes {@code <home>/jfr/<pid>.jfr} when it stops. */
    static RunningStack start(Path root, boolean jfr) {
        try {
            Path home = Files.createTempDirectory("polychron-load");
            StackOptions defaults = StackOptions.forTests(root, home);
            List<String> jvm = new ArrayList<>(defaults.serviceJvmOptions());
            if (jfr) {
                Files.createDirectories(home.resolve("jfr"));
                jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + home.resolve("jfr") + "/%p.jfr");
            }
            StackOptions options = new StackOptions(defaults.root(), defaults.home(), defaults.preferredPorts(),
                    defaults.services(), false, defaults.externalKafka(), defaults.externalDatabase(),
                    defaults.topicPartitions(), defaults.readyTimeout(), defaults.apiKey(), jvm);
            long start = System.nanoTime();
            Stack stack = Stack.start(options);
            System.out.printf("Stack up in %.1f s (home %s)%n", (System.nanoTime() - start) / 1e9, home);
            return new RunningStack(stack, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String gatewayUrl() {
        return stack.gatewayUrl();
    }

    String apiKey() {
        return stack.apiKey();
    }

    Path home() {
        return home;
    }

    /** Resident set size (VmRSS) of every process of the stack, in MB, by name. */
    Map<String, Double> residentMegabytes() {
        Map<String, Double> rss = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Service service : Service.values()) {
            names.add(service.id());
        }
        names.add(Stack.KAFKA);
        names.add(Stack.POSTGRES);
        for (String name : names) {
            residentKilobytes(stack.pid(name)).ifPresent(kb -> rss.put(name, kb / 1024.0));
        }
        return rss;
    }

    private static Optional<Long> residentKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
