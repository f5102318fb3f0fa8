package dev.polychron.local;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortAllocatorTest {

    private final PortAllocator allocator = new PortAllocator();

    @Test
    void shouldHandOutThePreferredPortWhenItIsFree() throws Exception {
        int free = freePort();

        assertThat(allocator.allocate(free)).isEqualTo(free);
    }

    @Test
    void shouldFallBackToAnotherFreePortWhenThePreferredOneIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = allocator.allocate(taken.getLocalPort());

            assertThat(port).isNotEqualTo(taken.getLocalPort()).isPositive();
            assertThat(PortAllocator.isFree(port)).isTrue();
        }
    }

    @Test
    void shouldNeverHandOutTheSamePortTwice() throws Exception {
        int free = freePort();

        assertThat(allocator.allocate(free)).isNotEqualTo(allocator.allocate(free));
    }

    @Test
    void shouldPickAnyFreePortWhenNoneIsPreferred() {
        assertThat(PortAllocator.isFree(allocator.allocate(0))).isTrue();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
