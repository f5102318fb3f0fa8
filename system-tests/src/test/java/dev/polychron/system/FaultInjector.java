package dev.polychron.system;

import dev.polychron.local.Stack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Breaks a running stack on a plan: SIGKILLs services (the supervisor restarts them, as Kubernetes would), restarts
 * the Kafka broker, and freezes it (SIGSTOP, then SIGCONT) so that it answers nothing for a while. Each fault fires
 * when the uploads reach its share of the total, and only once every process is ready again, so each kill hits a
 * working service.
 */
final class FaultInjector {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration PROGRESS_POLL = Duration.ofMillis(50);

    /** What a fault does. */
    enum Kind {
        KILL_NLP("nlp-service"), KILL_TIMELINE("timeline-service"), RESTART_KAFKA(Stack.KAFKA),
        FREEZE_KAFKA(Stack.KAFKA);

        private final String process;

        Kind(String process) {
            this.process = process;
        }

        String process() {
            return process;
        }
    }

    /** One fault, due once this share of the uploads has been accepted. */
    record Fault(Kind kind, double progress) {
    }

    /** A fault as it happened: when, to which process id, and how long the process was out (kills: until ready). */
    record Applied(Kind kind, Instant at, long pid, Duration out) {
    }

    private final Stack stack;
    private final List<Fault> plan;
    private final IntSupplier accepted;
    private final int total;
    private final Duration freeze;
    private final List<Applied> applied = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    FaultInjector(Stack stack, List<Fault> plan, IntSupplier accepted, int total, Duration freeze) {
        this.stack = stack;
        this.plan = List.copyOf(plan);
        this.accepted = accepted;
        this.total = total;
        this.freeze = freeze;
        this.thread = new Thread(this::run, "fault-injector");
    }

    /**
     * One freeze of the broker first, within the first quarter of the uploads (so that uploads meet it), then
     * {@code kills} SIGKILLs of each of nlp-service and timeline-service and one broker restart, at random moments.
     */
    static List<Fault> plan(Random random, int kills) {
        double freeze = 0.05 + 0.2 * random.nextDouble();
        List<Fault> faults = new ArrayList<>();
        faults.add(new Fault(Kind.FREEZE_KAFKA, freeze));
        for (int i = 0; i < kills; i++) {
            faults.add(new Fault(Kind.KILL_NLP, due(random, freeze)));
            faults.add(new Fault(Kind.KILL_TIMELINE, due(random, freeze)));
        }
        faults.add(new Fault(Kind.RESTART_KAFKA, due(random, freeze)));
        faults.sort(Comparator.comparingDouble(Fault::progress));
        return faults;
    }

    void start() {
        thread.start();
    }

    /** Waits until every fault has fired and its process is back; rethrows what went wrong in between. */
    List<Applied> finish() throws InterruptedException {
        thread.join(Duration.ofMinutes(10).toMillis());
        if (thread.isAlive()) {
            thread.interrupt();
            throw new IllegalStateException("the faults did not finish: " + applied);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a fault could not be applied", failure.get());
        }
        return List.copyOf(applied);
    }

    private void run() {
        try {
            for (Fault fault : plan) {
                await().pollInterval(PROGRESS_POLL).atMost(Duration.ofMinutes(10))
                        .until(() -> accepted.getAsInt() >= fault.progress() * total);
                stack.awaitReady(READY_TIMEOUT);
                applied.add(apply(fault));
            }
            stack.awaitReady(READY_TIMEOUT);
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private Applied apply(Fault fault) throws IOException, InterruptedException {
        long pid = stack.pid(fault.kind().process());
        Instant at = Instant.now();
        switch (fault.kind()) {
            case KILL_NLP, KILL_TIMELINE -> {
                stack.kill(fault.kind().process());
                stack.awaitReady(READY_TIMEOUT);
            }
            case RESTART_KAFKA -> stack.restartKafka();
            case FREEZE_KAFKA -> {
                signal("STOP", pid);
                try {
                    Thread.sleep(freeze.toMillis());
                } finally {
                    signal("CONT", pid);
                }
            }
        }
        Duration out = Duration.between(at, Instant.now());
        System.out.printf("FaultIT: %-13s %-16s pid %-7d at %s, out %.1f s%n", fault.kind(), fault.kind().process(),
                pid, at, out.toMillis() / 1000.0);
        return new Applied(fault.kind(), at, pid, out);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private static double due(Random random, double after) {
        return after + (0.95 - after) * random.nextDouble();
    }
}
