package dev.polychron.system;

import dev.polychron.local.Stack;
import dev.polychron.local.StackOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost, nothing doubled: thousands of small documents go in through the gateway while nlp-service and
 * timeline-service are SIGKILLed at random moments, the broker is restarted and, for a while, frozen; the timeline
 * that results must equal the one a second, fault-free stack builds from the same documents. Skip it with
 * {@code -DskipFaultTests}; it prints its figures to stdout. {@code -Dpolychron.fault.documents=N},
 * {@code -Dpolychron.fault.seed=S} and {@code -Dpolychron.fault.pace=P} (uploads per second while faults happen)
 * change the defaults for an experiment.
 */
@Tag("fault")
@DisabledIfSystemProperty(named = "skipFaultTests", matches = "(?i)|true")
class FaultIT {

    private static final int DOCUMENTS = Integer.getInteger("polychron.fault.documents", 2000);
    private static final long SEED = Long.getLong("polychron.fault.seed", 20261123L);
    private static final int KILLS_EACH = 3;
    /** Longer than ingest's publish timeout (15 s), so that uploads meet a broker that does not answer. */
    private static final Duration FREEZE = Duration.ofSeconds(20);
    /**
     * Time for the SIGSTOP to land after the freeze is stamped: an upload sent later than this into a freeze and
     * answered before it ends cannot carry a broker's acknowledgement. Judged by when the request left, not when its
     * answer came, since on a busy machine an answer acknowledged before the freeze can arrive seconds into it.
     */
    private static final Duration SIGNAL_MARGIN = Duration.ofSeconds(2);
    private static final int CLIENTS = 4;
    /** Uploads per second in the faulty run: the faults land while the pipeline is busy, not after it drained. */
    private static final double FAULTY_PACE = Double.parseDouble(System.getProperty("polychron.fault.pace", "20"));
    private static final Duration CONVERGENCE = Duration.ofMinutes(5);

    /** One stack's run: its home, what the uploads met, the faults, and what the API showed once all settled. */
    private record Run(Path home, PacedUploader.Report uploads, List<FaultInjector.Applied> faults,
                       TimelineSnapshot snapshot, Duration started, Duration uploaded, Duration settled) {

        Set<String> ids() {
            return new TreeSet<>(uploads.ids());
        }
    }

    @Test
    void shouldLoseNothingAndDoubleNothingWhenServicesCrashAndBrokerFailsDuringIngest() throws Exception {
        Instant begin = Instant.now();
        List<FaultCorpus.Item> items = FaultCorpus.generate(SEED, DOCUMENTS);

        Run faulty = run(items, true);
        Run reference = run(items, false);

        Duration elapsed = Duration.between(begin, Instant.now());
        report(items, faulty, reference, elapsed);
        assertThat(faulty.uploads().ids()).doesNotContainNull().doesNotHaveDuplicates().hasSize(DOCUMENTS);
        assertThat(faulty.ids()).isEqualTo(reference.ids());
        assertThat(faulty.faults()).extracting(FaultInjector.Applied::kind).containsExactlyInAnyOrderElementsOf(
                FaultInjector.plan(new Random(SEED), KILLS_EACH).stream().map(FaultInjector.Fault::kind).toList());
        assertThat(faulty.uploads().unavailable()).as("503 answers while the broker was frozen").isPositive();
        assertThat(faulty.uploads().unavailableWithoutRetryAfter()).as("503 answers without Retry-After").isZero();
        assertThat(acceptedWhileFrozen(faulty)).as("202 answers while the broker could not acknowledge").isEmpty();
        assertThat(faulty.snapshot().documents().keySet()).as("listed documents").isEqualTo(faulty.ids());
        assertThat(faulty.snapshot().duplicatedSources()).as("duplicated event sources").isEmpty();
        assertThat(reference.snapshot().duplicatedSources()).as("duplicated sources without faults").isEmpty();
        assertThat(faulty.snapshot().failures()).as("FAILED documents, by reason").isEmpty();
        assertThat(reference.snapshot().failures()).as("FAILED documents without faults, by reason").isEmpty();
        assertThat(faulty.snapshot().notIndexed(faulty.ids())).as("documents not INDEXED").isEmpty();
        assertThat(faulty.snapshot().documents()).as("status, duplicate and counts per document")
                .isEqualTo(reference.snapshot().documents());
        assertThat(faulty.snapshot().datedSources()).as("(document, sentence, date) sources")
                .isEqualTo(reference.snapshot().datedSources());
        assertThat(faulty.snapshot().events()).as("events: date value and set of source sentences")
                .isEqualTo(reference.snapshot().events());
        Stack.deleteHome(faulty.home());
        Stack.deleteHome(reference.home());
    }

    /** Runs the items through a fresh stack in a new home (data and logs), which stays for a look if a check fails. */
    private static Run run(List<FaultCorpus.Item> items, boolean faults) throws Exception {
        Path home = Files.createTempDirectory(faults ? "polychron-fault-test" : "polychron-fault-reference");
        Instant start = Instant.now();
        try (Stack stack = Stack.start(StackOptions.forTests(StackOptions.findRoot(Path.of("")), home))) {
            Duration started = Duration.between(start, Instant.now());
            PacedUploader uploader = new PacedUploader(stack.gatewayUrl(), stack.apiKey());
            FaultInjector injector = null;
            if (faults) {
                injector = new FaultInjector(stack, FaultInjector.plan(new Random(SEED), KILLS_EACH),
                        uploader::accepted, items.size(), FREEZE);
                injector.start();
            }
            PacedUploader.Report uploads = uploader.upload(items, CLIENTS, faults ? FAULTY_PACE : 0);
            List<FaultInjector.Applied> applied = injector == null ? List.of() : injector.finish();
            Duration uploaded = Duration.between(start, Instant.now());
            TimelineSnapshot snapshot = StackRuns.awaitSettled(stack.gatewayUrl(), new HashSet<>(uploads.ids()),
                    CONVERGENCE);
            Duration settled = Duration.between(start, Instant.now());
            return new Run(home, uploads, applied, snapshot, started, uploaded, settled);
        } finally {
            System.out.println("FaultIT: " + (faults ? "faulty" : "reference") + " run in " + home + " took "
                    + StackRuns.seconds(Duration.between(start, Instant.now())));
        }
    }

    private static List<PacedUploader.Acceptance> acceptedWhileFrozen(Run run) {
        return run.faults().stream().filter(f -> f.kind() == FaultInjector.Kind.FREEZE_KAFKA)
                .flatMap(freeze -> run.uploads().accepted().stream().filter(accepted ->
                        accepted.sent().isAfter(freeze.at().plus(SIGNAL_MARGIN))
                                && accepted.answered().isBefore(freeze.at().plus(freeze.out()))))
                .toList();
    }

    private static void report(List<FaultCorpus.Item> items, Run faulty, Run reference, Duration elapsed) {
        TimelineSnapshot result = faulty.snapshot();
        Map<FaultInjector.Kind, Long> faults = faulty.faults().stream()
                .collect(Collectors.groupingBy(FaultInjector.Applied::kind, Collectors.counting()));
        long languages = items.stream().map(FaultCorpus.Item::language).distinct().count();
        Set<String> lost = result.unsettled(faulty.ids());
        List<String> lines = new ArrayList<>(List.of(
                "==== FaultIT: nothing lost, nothing doubled ====",
                String.format("documents uploaded        %d (%d languages, %d distinct ids)", items.size(), languages,
                        faulty.ids().size()),
                String.format("503 answers retried       %d (%d without Retry-After); connection errors retried %d",
                        faulty.uploads().unavailable(), faulty.uploads().unavailableWithoutRetryAfter(),
                        faulty.uploads().connectionErrors()),
                String.format("faults survived           nlp-service SIGKILL x%d, timeline-service SIGKILL x%d, "
                                + "Kafka restart x%d, Kafka frozen %d s x%d",
                        faults.getOrDefault(FaultInjector.Kind.KILL_NLP, 0L),
                        faults.getOrDefault(FaultInjector.Kind.KILL_TIMELINE, 0L),
                        faults.getOrDefault(FaultInjector.Kind.RESTART_KAFKA, 0L), FREEZE.toSeconds(),
                        faults.getOrDefault(FaultInjector.Kind.FREEZE_KAFKA, 0L)),
                String.format("202 while broker frozen   %d", acceptedWhileFrozen(faulty).size()),
                String.format("lost                      %d (accepted, yet neither INDEXED nor FAILED)", lost.size()),
                String.format("duplicated sources        %d", result.duplicatedSources().size()),
                String.format("indexed                   %d of %d (%d near-duplicates); fault-free run: %d",
                        faulty.ids().size() - result.notIndexed(faulty.ids()).size(), faulty.ids().size(),
                        result.duplicates(), reference.ids().size()
                                - reference.snapshot().notIndexed(reference.ids()).size()),
                String.format("FAILED                    %d; fault-free run: %d",
                        result.failures().values().stream().mapToLong(Long::longValue).sum(),
                        reference.snapshot().failures().values().stream().mapToLong(Long::longValue).sum()),
                String.format("timeline                  %d events, %d sources; fault-free run: %d events, %d sources;"
                                + " equal: %s", result.events().size(), result.sourceCount(),
                        reference.snapshot().events().size(), reference.snapshot().sourceCount(),
                        result.events().equals(reference.snapshot().events())),
                String.format("faulty run                stack up %s, uploads and faults done %s, all settled %s",
                        StackRuns.seconds(faulty.started()), StackRuns.seconds(faulty.uploaded()), StackRuns.seconds(faulty.settled())),
                String.format("fault-free run            stack up %s, uploads done %s, all settled %s",
                        StackRuns.seconds(reference.started()), StackRuns.seconds(reference.uploaded()), StackRuns.seconds(reference.settled())),
                String.format("elapsed                   %s", StackRuns.seconds(elapsed))));
        result.failures().forEach((reason, count) -> lines.add("FAILED x" + count + " (faulty run): " + reason));
        reference.snapshot().failures().forEach((reason, count) ->
                lines.add("FAILED x" + count + " (fault-free run): " + reason));
        lines.add("================================================");
        System.out.println(String.join(System.lineSeparator(), lines));
        if (!result.events().equals(reference.snapshot().events())) {
            printDifference(result, reference.snapshot());
        }
    }

    private static void printDifference(TimelineSnapshot faulty, TimelineSnapshot reference) {
        Function<Set<TimelineSnapshot.Event>, Stream<String>> shown = events -> events.stream()
                .sorted(Comparator.comparing(TimelineSnapshot.Event::date)).limit(10).map(Object::toString);
        Set<TimelineSnapshot.Event> onlyFaulty = new HashSet<>(faulty.events());
        onlyFaulty.removeAll(reference.events());
        Set<TimelineSnapshot.Event> onlyReference = new HashSet<>(reference.events());
        onlyReference.removeAll(faulty.events());
        System.out.println("events only in the faulty run (" + onlyFaulty.size() + "): "
                + shown.apply(onlyFaulty).toList());
        System.out.println("events only in the fault-free run (" + onlyReference.size() + "): "
                + shown.apply(onlyReference).toList());
    }
}
