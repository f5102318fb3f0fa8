package dev.polychron.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** The lock a supervisor holds on its home for as long as it lives; the OS releases it if the supervisor dies. */
final class SupervisorLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SupervisorLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another supervisor holds it. */
    static Optional<SupervisorLock> tryAcquire(StackHome home) throws IOException {
        FileChannel channel =
                FileChannel.open(home.supervisorLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new SupervisorLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // another stack in this JVM supervises the same home
        }
        channel.close();
        return Optional.empty();
    }

    static boolean isHeld(StackHome home) throws IOException {
        Optional<SupervisorLock> probe = tryAcquire(home);
        probe.ifPresent(SupervisorLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
