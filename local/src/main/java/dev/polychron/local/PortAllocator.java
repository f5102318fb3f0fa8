package dev.polychron.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Hands out distinct loopback ports: the preferred one when it is free, otherwise one the system picks. */
final class PortAllocator {

    private final Set<Integer> handedOut = new HashSet<>();

    /** A free port, {@code preferred} if it is free and positive. */
    synchronized int allocate(int preferred) {
        if (preferred > 0 && !handedOut.contains(preferred) && isFree(preferred)) {
            handedOut.add(preferred);
            return preferred;
        }
        while (true) {
            int port = anyFreePort();
            if (handedOut.add(port)) {
                return port;
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers do, so that connections of a process that just stopped (TIME_WAIT) do not count
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
