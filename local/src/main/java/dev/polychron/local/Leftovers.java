package dev.polychron.local;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stops processes that an earlier supervisor started and left behind when it died, found through the pid files and
 * signalled only when their command line carries this home's marker.
 */
final class Leftovers {

    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());

    private Leftovers() {
    }

    /** Services first, then the infrastructure, as an orderly stop would; then a server left on the data dir. */
    static void reap(StackHome home) throws IOException, InterruptedException {
        List<String> services = new ArrayList<>();
        for (Service service : Service.values()) {
            services.add(service.id());
        }
        reapGroup(home, services);
        reapGroup(home, List.of(Stack.KAFKA, Stack.POSTGRES));
        Postmaster.stopOrphan(home.postgresDataDir(), Supervisor.STOP_GRACE);
    }

    /** The live process that a pid file names, if its command line shows we started it. */
    static Optional<ProcessHandle> find(StackHome home, String name) {
        return home.readPid(name).stream().boxed()
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(handle -> ProcessMarker.matches(handle, home, name))
                .findFirst();
    }

    private static void reapGroup(StackHome home, List<String> names) throws IOException {
        Map<String, ProcessHandle> found = new LinkedHashMap<>();
        for (String name : names) {
            find(home, name).ifPresent(handle -> {
                LOG.warning(() -> "stopping " + name + " (pid " + handle.pid() + ") left over from an earlier run");
                handle.destroy();
                found.put(name, handle);
            });
        }
        found.forEach((name, handle) -> ProcessExit.killAfter(handle, Supervisor.STOP_GRACE, name));
        for (String name : names) {
            Files.deleteIfExists(home.pidFile(name));
        }
    }
}
