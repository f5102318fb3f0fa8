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
import java.util.stream.Stream;

/**
 * The embedded default as the system tests start it (real Kafka and PostgreSQL, the four packaged services, free
 * ports, a fresh home, deleted at close), optionally with a JFR recording in every service JVM (then the home
 * stays, for the recordings).
 */
final class RunningStack implements AutoCloseable {

    private static final String RECORDING = "name=polychron-bench";

    private final Stack stack;
    private final Path home;
    private final boolean jfr;

    private RunningStack(Stack stack, Path home, boolean jfr) {
        this.stack = stack;
        this.home = home;
        this.jfr = jfr;
    }

    /**
     * With {@code jfr}, every service records a JFR profile, written to {@code <home>/jfr/<service>.jfr} at close. A
     * {@code serviceHeap} ("384m") caps every service's heap, as a container's memory limit would; blank: the JVM's
     * default.
     */
    static RunningStack start(Path root, boolean jfr, String serviceHeap) {
        try {
            Path home = Files.createTempDirectory("polychron-load");
            long start = System.nanoTime();
            StackOptions options = StackOptions.forTests(root, home);
            if (!serviceHeap.isBlank()) {
                List<String> jvmOptions = new ArrayList<>(options.serviceJvmOptions());
                jvmOptions.add("-Xmx" + serviceHeap.strip());
                options = options.withServiceJvmOptions(jvmOptions);
                System.out.printf("Every service's heap capped at %s%n", serviceHeap.strip());
            }
            Stack stack = Stack.start(options);
            System.out.printf("Stack up in %.1f s (home %s)%n", (System.nanoTime() - start) / 1e9, home);
            RunningStack running = new RunningStack(stack, home, jfr);
            if (jfr) {
                Files.createDirectories(home.resolve("jfr"));
                running.jcmdEachService(service -> List.of("JFR.start", RECORDING, "settings=profile"));
            }
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code jcmd <pid> <command>} for every service, the same way the JDK's own tool attaches. */
    private void jcmdEachService(java.util.function.Function<Service, List<String>> command) {
        for (Service service : Service.values()) {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                    .toString(), Long.toString(stack.pid(service.id()))));
            line.addAll(command.apply(service));
            try {
                Process jcmd = new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (jcmd.waitFor() != 0) {
                    System.out.println("jcmd " + String.join(" ", command.apply(service)) + " failed for "
                            + service.id());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    String gatewayUrl() {
        return stack.gatewayUrl();
    }

    String apiKey() {
        return stack.apiKey();
    }

    /** Resident set size (VmRSS) of every process of the stack, in MB, by name. */
    Map<String, Double> residentMegabytes() {
        Map<String, Double> rss = new LinkedHashMap<>();
        processNames().forEach(name -> residentKilobytes(stack.pid(name)).ifPresent(kb -> rss.put(name, kb / 1024.0)));
        return rss;
    }

    /**
     * The CPU time each process of the stack has used so far, in seconds, with its live descendants'. PostgreSQL's
     * time is its server's and backends' (the JVM that supervises it uses next to none).
     */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processNames().forEach(name -> {
            Optional<ProcessHandle> process = name.equals(Stack.POSTGRES) ? stack.postgresServer()
                    : ProcessHandle.of(stack.pid(name));
            process.ifPresent(p -> cpu.put(name, Stream.concat(Stream.of(p), p.descendants())
                    .mapToDouble(each -> cpuSeconds(each).orElse(0.0)).sum()));
        });
        return cpu;
    }

    /** The CPU time each process has used since {@code before} (an earlier {@link #cpuSeconds()}), in seconds. */
    Map<String, Double> cpuSecondsSince(Map<String, Double> before) {
        Map<String, Double> used = new LinkedHashMap<>();
        cpuSeconds().forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
        return used;
    }

    /** The CPU time a process has used so far, in seconds, when the system tells. */
    static Optional<Double> cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(used -> used.toMillis() / 1000.0);
    }

    private static List<String> processNames() {
        List<String> names = new ArrayList<>();
        for (Service service : Service.values()) {
            names.add(service.id());
        }
        names.add(Stack.KAFKA);
        names.add(Stack.POSTGRES);
        return names;
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
        try {
            if (jfr) {
                jcmdEachService(service -> List.of("JFR.dump", RECORDING,
                        "filename=" + home.resolve("jfr").resolve(service.id() + ".jfr")));
                System.out.println("JFR recordings: " + home.resolve("jfr"));
            }
        } finally {
            stack.close();
        }
        if (!jfr) {
            try {
                Stack.deleteHome(home);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
